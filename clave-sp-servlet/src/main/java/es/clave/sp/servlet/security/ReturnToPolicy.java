package es.clave.sp.servlet.security;

import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a {@code returnTo} value may be used as the post-login or post-logout target
 * (SEC-H1). Only same-origin relative paths pass: a single leading {@code /} followed by anything
 * that cannot make a browser leave the origin. Everything else is refused so the caller falls back
 * to its default page.
 */
public final class ReturnToPolicy {

    /** Longest accepted target; longer values are refused rather than truncated. */
    public static final int MAX_LENGTH = 2048;

    // encoded forms of '/', '\', CR, LF, NUL and TAB: harmless in a browser path, but a later
    // decoding layer (proxy, framework) could turn them into "//evil" or a header split
    private static final String[] FORBIDDEN_ENCODINGS = {"%2f", "%5c", "%0d", "%0a", "%00", "%09"};

    private ReturnToPolicy() {
    }

    /**
     * @param candidate the requested target, as decoded from the query string; may be null
     * @return the candidate when it is a safe same-origin relative path, otherwise empty
     */
    public static Optional<String> accept(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        if (candidate.charAt(0) != '/' || candidate.startsWith("//")) {
            return Optional.empty();
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            // backslash is read as '/' by browsers ("/\evil"); control and whitespace characters are
            // stripped by browsers ("/\t/evil") or split headers (CR/LF)
            if (c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return Optional.empty();
            }
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        for (String encoded : FORBIDDEN_ENCODINGS) {
            if (lower.contains(encoded)) {
                return Optional.empty();
            }
        }
        return Optional.of(candidate);
    }
}
