package es.clave.sp.text;

/**
 * The one sanitizer for text that reaches a log line from outside (SEC-H6): gateway status
 * messages, attribute values, IDs, request parameters, exception details quoting any of them.
 *
 * <p>Two rules, documented in {@code docs/input-rules.md}:
 * <ul>
 *   <li><b>Escape</b> every code point that can forge or disguise a log line, as a visible
 *       {@code \n}, {@code \r}, {@code \t} or {@code \\uXXXX} ({@code \\u{XXXXX}} above U+FFFF):
 *       C0 and C1 controls and DEL (this includes NEL, U+0085), the line and paragraph separators
 *       U+2028 and U+2029, every format character (Unicode category Cf: the bidi embeddings,
 *       overrides and isolates U+202A–U+202E and U+2066–U+2069, the marks U+200E, U+200F and
 *       U+061C, zero-width characters, the byte-order mark, tag characters) and lone surrogates.
 *       Everything else, accented letters included, stays as it is.</li>
 *   <li><b>Cap</b> the text at {@value #DEFAULT_MAX_CHARS} characters (or the caller's limit),
 *       counted before escaping and never splitting a surrogate pair, and say how much was cut:
 *       {@code ...[148000 more chars not logged]}. A 150 KB status message costs one short line.</li>
 * </ul>
 * The output is printable and idempotent: sanitizing it again changes nothing. This class depends
 * on nothing else of the library so that every package and both adapters can use it.
 */
public final class LogSanitizer {

    /** Default cap on one piece of external text in a log line, in characters. */
    public static final int DEFAULT_MAX_CHARS = 1024;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private LogSanitizer() {
    }

    /**
     * @param text external text, may be null
     * @return {@code text} escaped and capped at {@value #DEFAULT_MAX_CHARS} characters; empty for null
     */
    public static String sanitize(String text) {
        return sanitize(text, DEFAULT_MAX_CHARS);
    }

    /**
     * @param text     external text, may be null
     * @param maxChars how many characters of {@code text} may be logged (at least 1)
     * @return {@code text} escaped and capped at {@code maxChars} characters; empty for null
     */
    public static String sanitize(String text, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
        }
        if (text == null) {
            return "";
        }
        int end = cutPoint(text, maxChars);
        if (end == text.length() && isClean(text)) {
            return text; // the common case: nothing to escape, no copy
        }
        StringBuilder out = new StringBuilder(end + 48);
        for (int i = 0; i < end; ) {
            int cp = text.codePointAt(i);
            escapeTo(out, cp);
            i += Character.charCount(cp);
        }
        if (end < text.length()) {
            out.append("...[").append(text.length() - end).append(" more chars not logged]");
        }
        return out.toString();
    }

    /**
     * @return whether {@code codePoint} is escaped in log output: controls, line and paragraph
     *         separators, format characters and surrogates (only lone ones reach this test)
     */
    public static boolean isUnsafe(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SURROGATE -> true;
            default -> false;
        };
    }

    private static int cutPoint(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text.length();
        }
        // never cut between the two halves of a pair: that would log a lone surrogate
        return Character.isHighSurrogate(text.charAt(maxChars - 1)) && Character.isLowSurrogate(text.charAt(maxChars))
                ? maxChars - 1 : maxChars;
    }

    private static boolean isClean(String text) {
        for (int i = 0, n = text.length(); i < n; ) {
            int cp = text.codePointAt(i);
            if (isUnsafe(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static void escapeTo(StringBuilder out, int cp) {
        if (!isUnsafe(cp)) {
            out.appendCodePoint(cp);
            return;
        }
        switch (cp) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (cp > 0xFFFF) {
                    out.append("\\u{").append(Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT)).append('}');
                } else {
                    out.append("\\u").append(HEX[cp >> 12 & 0xF]).append(HEX[cp >> 8 & 0xF])
                            .append(HEX[cp >> 4 & 0xF]).append(HEX[cp & 0xF]);
                }
            }
        }
    }
}
