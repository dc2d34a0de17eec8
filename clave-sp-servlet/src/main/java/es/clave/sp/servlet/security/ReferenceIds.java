package es.clave.sp.servlet.security;

import java.security.SecureRandom;

/**
 * Support reference ids: short random tokens shown on error pages and written in the log line of
 * the failure, so support can find the reason without the page revealing it.
 */
public final class ReferenceIds {

    // no 0/O/1/I/L so ids read aloud over the phone stay unambiguous
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceIds() {
    }

    /** @return a new reference id such as {@code 7QK2-MX9PAR} */
    public static String next() {
        StringBuilder sb = new StringBuilder(LENGTH + 1);
        for (int i = 0; i < LENGTH; i++) {
            if (i == 4) {
                sb.append('-');
            }
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
