package es.clave.sp.login;

import es.clave.sp.text.Ascii;

import java.util.Locale;
import java.util.function.Function;

/**
 * Decides from a request's method and headers whether it is a top-level navigation, the only kind
 * of request that may start a Cl@ve login (SEC-H8). Images, scripts, {@code fetch()}/XHR calls,
 * frames and prefetches do not: each would create a pending login the citizen never finishes and,
 * for a browser that asks for {@code /favicon.ico} on its own, race with the login in progress.
 *
 * <p>Browsers that send Fetch Metadata (every current one) are judged by it: {@code Sec-Fetch-Mode:
 * navigate} with {@code Sec-Fetch-Dest: document}. A client without it is refused only on a clear
 * sign of a sub-resource or script call ({@code X-Requested-With}, or an {@code Accept} that admits
 * neither HTML nor {@code *}/{@code *}), so old browsers and plain HTTP clients keep working.
 * Transport-neutral: adapters pass a header lookup, so core never sees HTTP.
 */
public final class TopLevelNavigation {

    private TopLevelNavigation() {
    }

    /**
     * @param method the HTTP method
     * @param header the first value of a request header by (case-insensitive) name, or null when absent
     * @return whether the request may start a login
     */
    public static boolean test(String method, Function<String, String> header) {
        if (!"GET".equals(method) && !"POST".equals(method)) {
            return false;
        }
        if (isPrefetch(header.apply("Sec-Purpose")) || isPrefetch(header.apply("Purpose"))
                || header.apply("X-Requested-With") != null) {
            return false;
        }
        String mode = header.apply("Sec-Fetch-Mode");
        if (mode != null) {
            String dest = header.apply("Sec-Fetch-Dest");
            return Ascii.equalsIgnoreCase("navigate", mode.trim())
                    && (dest == null || Ascii.equalsIgnoreCase("document", dest.trim()));
        }
        return acceptsHtml(header.apply("Accept"));
    }

    private static boolean isPrefetch(String purpose) {
        // Sec-Purpose is a structured list ("prefetch;prerender"); Purpose is the legacy single token
        return purpose != null && purpose.toLowerCase(Locale.ROOT).contains("prefetch");
    }

    private static boolean acceptsHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            if (("text/html".equals(type) || "application/xhtml+xml".equals(type) || "*/*".equals(type)
                    || "text/*".equals(type)) && !refused(parts)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the media range carries {@code q=0}, which means "not acceptable" */
    private static boolean refused(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim().toLowerCase(Locale.ROOT).replace(" ", "");
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2)) == 0.0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
