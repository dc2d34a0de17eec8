package es.clave.sp.audit;

/**
 * Masks person identifiers for logs: the first four and the last character stay, the rest become
 * {@code *} ({@code 12345678Z} → {@code 1234****Z}), enough for a help desk to match a complaint
 * without the log holding the full identifier.
 */
public final class IdentifierMasker {

    private static final int KEEP_START = 4;

    private IdentifierMasker() {
    }

    /** @return the masked identifier; null stays null */
    public static String mask(String identifier) {
        if (identifier == null) {
            return null;
        }
        int n = identifier.length();
        if (n <= KEEP_START + 1) {
            // too short to keep a prefix: only the last character stays
            return "*".repeat(Math.max(0, n - 1)) + (n == 0 ? "" : identifier.substring(n - 1));
        }
        return identifier.substring(0, KEEP_START) + "*".repeat(n - KEEP_START - 1) + identifier.substring(n - 1);
    }
}
