package es.clave.sp.text;

/**
 * Lexical rules of the XML Schema types SAML messages carry as text, in one place (see
 * {@code docs/input-rules.md}):
 * <ul>
 *   <li><b>URIs</b> ({@code xsd:anyURI}: status codes, levels of assurance, formats, confirmation
 *       methods, attribute names, endpoint URLs) are compared with {@link #sameUri}: XML whitespace
 *       collapsed as the type's {@code whiteSpace=collapse} facet says, then compared exactly, code
 *       point for code point. No case folding, no Unicode normalisation, no percent-decoding; any
 *       other space character (NBSP, U+2028, ideographic space, ...) is part of the value, so a
 *       look-alike never equals a fixed URI.</li>
 *   <li><b>IDs</b> ({@code xsd:ID}) must be NCNames exactly as written, see {@link #isNcName}.</li>
 * </ul>
 * XML whitespace is exactly space, tab, CR and LF (XML 1.0 production {@code S}). This class
 * depends on nothing else of the library.
 */
public final class XmlTokens {

    private XmlTokens() {
    }

    /** @return whether {@code c} is XML whitespace: {@code #x20 | #x9 | #xD | #xA} */
    public static boolean isXmlWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /**
     * Applies {@code whiteSpace=collapse}: tabs, CRs and LFs become spaces, runs of spaces become
     * one, leading and trailing spaces go. Only XML whitespace is touched.
     *
     * @param value a value as read from the document, may be null
     * @return the collapsed value, or null for null; {@code value} itself when already collapsed
     */
    public static String collapse(String value) {
        if (value == null || isCollapsed(value)) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        boolean pendingSpace = false;
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (isXmlWhitespace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Removes leading and trailing XML whitespace only (for string values such as identifiers,
     * whose inner spaces are part of the value). Unlike {@link String#strip()} it leaves every
     * other space character in place.
     *
     * @return the trimmed value, or null for null
     */
    public static String trim(String value) {
        if (value == null) {
            return null;
        }
        int start = 0;
        int end = value.length();
        while (start < end && isXmlWhitespace(value.charAt(start))) {
            start++;
        }
        while (end > start && isXmlWhitespace(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    /**
     * The single comparison of a received URI with a fixed or configured one.
     *
     * @param received the value from the message, may be null
     * @param expected the URI it must be, not null
     * @return whether {@code received}, collapsed, equals {@code expected} exactly
     */
    public static boolean sameUri(String received, String expected) {
        return received != null && expected.equals(collapse(received));
    }

    /**
     * Whether {@code value} is an {@code xsd:ID}, i.e. an NCName (Namespaces in XML 1.0 §3 over the
     * XML 1.0 fifth-edition name characters): non-empty, first character a letter, {@code _} or
     * another {@code NameStartChar}, then {@code NameChar}s; never a colon, never whitespace.
     * Stricter than the schema, which would collapse surrounding whitespace first: an ID is also
     * the target of a signature reference and a replay-cache key, so it must be used as written.
     */
    public static boolean isNcName(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        int first = value.codePointAt(0);
        if (!isNameStart(first)) {
            return false;
        }
        for (int i = Character.charCount(first), n = value.length(); i < n; ) {
            int cp = value.codePointAt(i);
            if (!isNameStart(cp) && !isNameOnly(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** XML 1.0 fifth edition {@code NameStartChar} without {@code ':'}. */
    private static boolean isNameStart(int c) {
        return c >= 'A' && c <= 'Z' || c == '_' || c >= 'a' && c <= 'z'
                || c >= 0xC0 && c <= 0xD6 || c >= 0xD8 && c <= 0xF6 || c >= 0xF8 && c <= 0x2FF
                || c >= 0x370 && c <= 0x37D || c >= 0x37F && c <= 0x1FFF || c >= 0x200C && c <= 0x200D
                || c >= 0x2070 && c <= 0x218F || c >= 0x2C00 && c <= 0x2FEF || c >= 0x3001 && c <= 0xD7FF
                || c >= 0xF900 && c <= 0xFDCF || c >= 0xFDF0 && c <= 0xFFFD || c >= 0x10000 && c <= 0xEFFFF;
    }

    /** The {@code NameChar}s that may not start a name. */
    private static boolean isNameOnly(int c) {
        return c == '-' || c == '.' || c >= '0' && c <= '9' || c == 0xB7
                || c >= 0x300 && c <= 0x36F || c == 0x203F || c == 0x2040;
    }

    private static boolean isCollapsed(String value) {
        int n = value.length();
        if (n == 0) {
            return true;
        }
        if (value.charAt(0) == ' ' || value.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == ' ' && value.charAt(i + 1) == ' ') {
                return false;
            }
        }
        return true;
    }
}
