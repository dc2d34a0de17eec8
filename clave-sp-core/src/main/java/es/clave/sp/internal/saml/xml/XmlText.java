package es.clave.sp.internal.saml.xml;

import java.util.function.IntFunction;

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
        return escape(value, c -> switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '\r' -> "&#xD;";
            default -> null;
        });
    }

    /** @return {@code value} escaped as C14N escapes an attribute value ({@code & < " TAB LF CR}) */
    public static String attribute(String value) {
        return escape(value, c -> switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '"' -> "&quot;";
            case '\t' -> "&#x9;";
            case '\n' -> "&#xA;";
            case '\r' -> "&#xD;";
            default -> null;
        });
    }

    /** Copies {@code value} only when {@code table} replaces one of its characters. */
    private static String escape(String value, IntFunction<String> table) {
        requireLegal(value);
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            out = append(out, value, i, table.apply(value.charAt(i)));
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
