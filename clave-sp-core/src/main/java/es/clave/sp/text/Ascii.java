package es.clave.sp.text;

import java.io.Serial;
import java.io.Serializable;
import java.util.Comparator;

/**
 * Case mapping for identifiers, tokens and keywords: ASCII letters only. {@link String#toUpperCase}
 * maps some non-ASCII letters onto ASCII ones even under {@link java.util.Locale#ROOT}
 * ({@code ı}→{@code I}, {@code ſ}→{@code S}, {@code ﬀ}→{@code FF}; {@code K} KELVIN SIGN lower-cases
 * to {@code k}) and {@link String#equalsIgnoreCase} does the same, so a look-alike could pass as a
 * valid NIF or method token. Here every non-ASCII character is left exactly as it is and therefore
 * never matches an ASCII pattern. Free text (names, status messages) keeps the JDK's Unicode
 * mappings with {@code Locale.ROOT}; see {@code docs/input-rules.md}. Depends on nothing else of
 * the library.
 */
public final class Ascii {

    /** Orders strings ignoring the case of ASCII letters only; serializable, like the JDK's. */
    public static final Comparator<String> CASE_INSENSITIVE_ORDER = new CaseInsensitiveOrder();

    private Ascii() {
    }

    /** @return whether every character of {@code value} is ASCII (false for null) */
    public static boolean isAscii(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0, n = value.length(); i < n; i++) {
            if (value.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** @return {@code value} with {@code a-z} upper-cased and everything else unchanged; null for null */
    public static String toUpperCase(String value) {
        if (value == null) {
            return null;
        }
        char[] chars = value.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = upper(chars[i]);
        }
        return new String(chars);
    }

    /** @return {@code value} with {@code A-Z} lower-cased and everything else unchanged; null for null */
    public static String toLowerCase(String value) {
        if (value == null) {
            return null;
        }
        char[] chars = value.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = lower(chars[i]);
        }
        return new String(chars);
    }

    /** @return whether {@code a} and {@code b} are equal ignoring the case of ASCII letters only */
    public static boolean equalsIgnoreCase(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.length() == b.length() && compareIgnoreCase(a, b) == 0;
    }

    private static int compareIgnoreCase(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int d = lower(a.charAt(i)) - lower(b.charAt(i));
            if (d != 0) {
                return d;
            }
        }
        return a.length() - b.length();
    }

    private static final class CaseInsensitiveOrder implements Comparator<String>, Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(String a, String b) {
            return compareIgnoreCase(a, b);
        }

        @Serial
        private Object readResolve() {
            return CASE_INSENSITIVE_ORDER;
        }
    }

    private static char upper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
}
