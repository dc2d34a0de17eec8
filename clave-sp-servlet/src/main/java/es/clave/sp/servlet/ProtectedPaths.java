package es.clave.sp.servlet;

import java.util.List;

/**
 * Matches context-relative request paths against servlet-style URL patterns: {@code /exact},
 * {@code /dir/*} (the directory itself and everything below it) and {@code *.ext}. Paths are the
 * container's decoded and normalised {@code servletPath + pathInfo}, so {@code /%70rivate} or
 * {@code /x/../private} cannot slip past a pattern.
 */
final class ProtectedPaths {

    private final List<String> patterns;

    ProtectedPaths(List<String> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** @return whether {@code pattern} is a supported servlet URL pattern */
    static boolean isValidPattern(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            return false;
        }
        if (pattern.startsWith("*.")) {
            return pattern.length() > 2 && pattern.indexOf('/') < 0 && pattern.indexOf('*', 1) < 0;
        }
        if (!pattern.startsWith("/")) {
            return false;
        }
        int star = pattern.indexOf('*');
        return star < 0 || (pattern.endsWith("/*") && star == pattern.length() - 1);
    }

    /** @return whether {@code path} falls under any pattern */
    boolean matches(String path) {
        for (String pattern : patterns) {
            if (matches(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String pattern, String path) {
        if (pattern.startsWith("*.")) {
            return path.endsWith(pattern.substring(1));
        }
        if (pattern.endsWith("/*")) {
            String dir = pattern.substring(0, pattern.length() - 2);
            return dir.isEmpty() || path.equals(dir) || path.startsWith(dir + "/");
        }
        return path.equals(pattern);
    }
}
