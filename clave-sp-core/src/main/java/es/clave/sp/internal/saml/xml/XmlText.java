package es.clave.sp.internal.saml.xml;

/**
 * Escaping of text and attribute values exactly as Canonical XML writes them, so that the markup
 * the request writers produce is already its own canonical form (REQ-7) and no configured value
 * can inject markup.
 */
public final class XmlText {

    private XmlText() {
    }

    /**
     * @return the first character of {@code value} that XML 1.0 cannot represent (control
     *         characters other than tab, LF and CR, U+FFFE, U+FFFF, unpaired surrogates), or -1
     *         when every character is representable
     */
    public static int firstIllegalChar(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** @return {@code value} escaped as C14N escapes a text node ({@code & < > CR}) */
    public static String text(String value) {
        requireLegal(value);
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            String replacement = switch (value.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\r' -> "&#xD;";
                default -> null;
            };
            out = append(out, value, i, replacement);
        }
        return out == null ? value : out.toString();
    }

    /** @return {@code value} escaped as C14N escapes an attribute value ({@code & < " TAB LF CR}) */
    public static String attribute(String value) {
        requireLegal(value);
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            String replacement = switch (value.charAt(i)) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '"' -> "&quot;";
                case '\t' -> "&#x9;";
                case '\n' -> "&#xA;";
                case '\r' -> "&#xD;";
                default -> null;
            };
            out = append(out, value, i, replacement);
        }
        return out == null ? value : out.toString();
    }

    private static StringBuilder append(StringBuilder out, String value, int i, String replacement) {
        if (replacement == null) {
            if (out != null) {
                out.append(value.charAt(i));
            }
            return out;
        }
        StringBuilder b = out != null ? out : new StringBuilder(value.length() + 16).append(value, 0, i);
        return b.append(replacement);
    }

    private static void requireLegal(String value) {
        int bad = firstIllegalChar(value);
        if (bad >= 0) {
            throw new IllegalArgumentException("character U+" + String.format("%04X", (int) value.charAt(bad))
                    + " at index " + bad + " cannot appear in XML");
        }
    }
}
