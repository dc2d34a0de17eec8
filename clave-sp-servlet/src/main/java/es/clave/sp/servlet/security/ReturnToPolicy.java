package es.clave.sp.servlet.security;

import es.clave.sp.text.Ascii;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a {@code returnTo} value may be used as the post-login or post-logout target
 * (SEC-H1), and in which form. Only same-origin relative paths pass, normalised and kept inside the
 * application's context path:
 * <ul>
 *   <li>refused outright: anything not starting with exactly one {@code /}; backslashes, controls,
 *       whitespace and space characters; encoded {@code /}, {@code \}, CR, LF, NUL, TAB and any
 *       double encoding ({@code %25}) in the path;</li>
 *   <li>normalised: {@code .} and {@code ..} segments, also percent-encoded ({@code %2e}, any case),
 *       are resolved as RFC 3986 §5.2.4 says; repeated slashes become one;</li>
 *   <li>refused when normalising would be a guess: a {@code ..} that climbs above {@code /}, a dot
 *       segment carrying {@code ;} path parameters ({@code ..;x}, which some containers read as
 *       {@code ..}), a segment that only looks like a dot segment after Unicode compatibility
 *       folding (fullwidth {@code ．．}, one-dot leader), and a result outside the context path.</li>
 * </ul>
 * Query and fragment are kept as they are. Everything refused makes the caller fall back to its
 * default page. The Spring adapter uses the same policy.
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
     * For targets relative to the application (the Spring adapter, configured paths): the
     * normalised path may not climb above {@code /}.
     *
     * @param candidate the requested target, as decoded from the query string; may be null
     * @return the normalised target when it is a safe same-origin relative path, otherwise empty
     */
    public static Optional<String> accept(String candidate) {
        return accept(candidate, "");
    }

    /**
     * For origin-relative targets (the servlet adapter): the normalised path must be
     * {@code contextPath} or lie below it.
     *
     * @param candidate   the requested target, as decoded from the query string; may be null
     * @param contextPath the application's context path ({@code ""} for the root context, else {@code /name})
     * @return the normalised target when it is a safe same-origin path inside {@code contextPath}, otherwise empty
     */
    public static Optional<String> accept(String candidate, String contextPath) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH
                || candidate.charAt(0) != '/' || candidate.startsWith("//") || !safeCharacters(candidate)) {
            return Optional.empty();
        }
        int end = pathEnd(candidate);
        String path = candidate.substring(0, end);
        String lower = Ascii.toLowerCase(candidate);
        for (String encoded : FORBIDDEN_ENCODINGS) {
            if (lower.contains(encoded)) {
                return Optional.empty();
            }
        }
        if (lower.substring(0, end).contains("%25")) {
            return Optional.empty(); // double encoding: a second decoder would see what we did not check
        }
        return normalise(path)
                .filter(p -> insideContext(p, contextPath))
                .map(p -> p + candidate.substring(end));
    }

    private static boolean safeCharacters(String candidate) {
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            // backslash is read as '/' by browsers ("/\evil"); control and whitespace characters are
            // stripped by browsers ("/\t/evil") or split headers (CR/LF)
            if (c == '\\' || Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }

    private static int pathEnd(String candidate) {
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c == '?' || c == '#') {
                return i;
            }
        }
        return candidate.length();
    }

    /** RFC 3986 remove_dot_segments over a path starting with '/'; empty when it cannot be done safely. */
    private static Optional<String> normalise(String path) {
        List<String> out = new ArrayList<>();
        String[] segments = path.substring(1).split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            String dots = dotSegment(segment);
            if (dots == null) {
                return Optional.empty();
            }
            if (dots.equals(".")) {
                if (last) {
                    out.add(""); // "/a/." is the directory "/a/"
                }
            } else if (dots.equals("..")) {
                if (out.isEmpty()) {
                    return Optional.empty(); // climbs above the root
                }
                out.remove(out.size() - 1);
                if (last) {
                    out.add("");
                }
            } else if (!segment.isEmpty() || last) {
                out.add(segment); // empty inner segments are repeated slashes: dropped
            }
        }
        return Optional.of("/" + String.join("/", out));
    }

    /**
     * @return "." or ".." for a dot segment (plain or %2e-encoded), "" for any other safe segment,
     *         null for a segment that is or may be read as a dot segment in a way we do not resolve
     */
    private static String dotSegment(String segment) {
        String decoded = Ascii.toLowerCase(segment).replace("%2e", ".");
        if (decoded.equals(".") || decoded.equals("..")) {
            return decoded;
        }
        int semicolon = decoded.indexOf(';');
        String name = semicolon < 0 ? decoded : decoded.substring(0, semicolon);
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        if (folded.equals(".") || folded.equals("..")) {
            return null; // "..;x", "．．", "\u2024": dot segments to somebody, but not resolved here
        }
        return "";
    }

    /**
     * @param path        an origin-relative path
     * @param contextPath the application's context path ({@code ""} or null for the root context)
     * @return whether {@code path} is the context path itself or lies below it (a sibling such as
     *         {@code /app2} for {@code /app} does not)
     */
    public static boolean insideContext(String path, String contextPath) {
        return contextPath == null || contextPath.isEmpty() || path.equals(contextPath) || path.startsWith(contextPath + "/");
    }
}
