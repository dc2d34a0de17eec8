package es.clave.sp.load.browser;

import java.net.URI;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One browser's cookies, kept and sent the way current browsers do: host-only unless a Domain is
 * given, path-matched, {@code Secure} cookies only to secure contexts ({@code https}, or
 * {@code localhost}/{@code 127.0.0.1}, which browsers treat as secure), and {@code SameSite}
 * honoured: {@code Strict} only on same-site requests, {@code Lax} (also the default when the
 * attribute is missing) on same-site requests and cross-site top-level GET navigations,
 * {@code None} (only with {@code Secure}) always. Not thread-safe: one journey uses it.
 */
final class CookieJar {

    private static final Set<String> TRUSTWORTHY_HOSTS = Set.of("localhost", "127.0.0.1");

    private record Cookie(String name, String value, String host, boolean hostOnly, String path, boolean secure,
                          String sameSite) {
    }

    private final List<Cookie> cookies = new ArrayList<>();

    /** Stores the cookies of one {@code Set-Cookie} header received from {@code url}. */
    void store(URI url, String header) {
        String[] parts = header.split(";");
        int eq = parts[0].indexOf('=');
        if (eq <= 0) {
            return;
        }
        String name = parts[0].substring(0, eq).strip();
        String value = parts[0].substring(eq + 1).strip();
        String host = url.getHost().toLowerCase(Locale.ROOT);
        boolean hostOnly = true;
        String path = defaultPath(url);
        boolean secure = false;
        String sameSite = "lax";
        boolean expired = false;
        for (int i = 1; i < parts.length; i++) {
            String attribute = parts[i].strip();
            int aeq = attribute.indexOf('=');
            String key = (aeq < 0 ? attribute : attribute.substring(0, aeq)).strip().toLowerCase(Locale.ROOT);
            String v = aeq < 0 ? "" : attribute.substring(aeq + 1).strip();
            switch (key) {
                case "domain" -> {
                    String domain = v.startsWith(".") ? v.substring(1).toLowerCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
                    if (!domainMatches(host, domain)) {
                        return;  // a browser ignores a cookie for a domain the server does not belong to
                    }
                    host = domain;
                    hostOnly = false;
                }
                case "path" -> path = v.startsWith("/") ? v : defaultPath(url);
                case "secure" -> secure = true;
                case "samesite" -> sameSite = v.toLowerCase(Locale.ROOT);
                case "max-age" -> expired = v.startsWith("-") || v.equals("0");
                case "expires" -> expired = expired || isPast(v);
                default -> { /* HttpOnly and the rest do not change what a navigation sends */ }
            }
        }
        if ((secure || "none".equals(sameSite)) && !isSecureContext(url)) {
            return;
        }
        if ("none".equals(sameSite) && !secure) {
            return;  // browsers reject SameSite=None without Secure
        }
        final String h = host;
        final String p = path;
        cookies.removeIf(c -> c.name.equals(name) && c.host.equals(h) && c.path.equals(p));
        if (!expired) {
            cookies.add(new Cookie(name, value, host, hostOnly, path, secure, sameSite));
        }
    }

    /**
     * @param url            where the request goes
     * @param sameSite       whether the request is same-site (for a redirect: every hop so far)
     * @param safeTopLevel   whether it is a top-level navigation with a safe method (GET)
     * @return the {@code Cookie} header value, or null when no cookie applies
     */
    String header(URI url, boolean sameSite, boolean safeTopLevel) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String value = cookies.stream()
                .filter(c -> c.hostOnly ? c.host.equals(host) : domainMatches(host, c.host))
                .filter(c -> pathMatches(path, c.path))
                .filter(c -> !c.secure || isSecureContext(url))
                .filter(c -> switch (c.sameSite) {
                    case "strict" -> sameSite;
                    case "none" -> true;
                    default -> sameSite || safeTopLevel;
                })
                .sorted(Comparator.comparingInt((Cookie c) -> c.path.length()).reversed())
                .map(c -> c.name + "=" + c.value)
                .collect(Collectors.joining("; "));
        return value.isEmpty() ? null : value;
    }

    private static boolean isPast(String httpDate) {
        try {
            return ZonedDateTime.parse(httpDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().isBefore(Instant.now());
        } catch (DateTimeParseException e) {
            return false;  // browsers ignore an Expires they cannot read
        }
    }

    private static boolean isSecureContext(URI url) {
        return "https".equalsIgnoreCase(url.getScheme()) || TRUSTWORTHY_HOSTS.contains(url.getHost().toLowerCase(Locale.ROOT));
    }

    private static boolean domainMatches(String host, String domain) {
        return host.equals(domain) || host.endsWith("." + domain);
    }

    private static boolean pathMatches(String requestPath, String cookiePath) {
        return requestPath.equals(cookiePath)
                || requestPath.startsWith(cookiePath) && (cookiePath.endsWith("/") || requestPath.charAt(cookiePath.length()) == '/');
    }

    private static String defaultPath(URI url) {
        String path = url.getRawPath();
        if (path == null || !path.startsWith("/") || path.lastIndexOf('/') == 0) {
            return "/";
        }
        return path.substring(0, path.lastIndexOf('/'));
    }
}
