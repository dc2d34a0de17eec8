package es.clave.sp.servlet.web;

/** HTML escaping for text and attribute values (SEC-H6). */
public final class Html {

    private Html() {
    }

    /**
     * Escapes {@code value} for use in HTML text or a double- or single-quoted attribute; control
     * characters other than tab, CR and LF are dropped.
     *
     * @param value any text, may be null
     * @return the escaped text, empty for null
     */
    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
