package es.clave.sp.servlet.security;

import es.clave.sp.login.TopLevelNavigation;
import es.clave.sp.text.LogSanitizer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets only a top-level navigation start a Cl@ve login (SEC-H8); any other request that would
 * start one (the browser's own favicon request, an image, a script, a {@code fetch()}) gets a bare
 * {@code 401} and creates nothing: no pending login, no cookie, no AuthnRequest.
 */
public final class NavigationGate {

    private static final Logger LOG = LoggerFactory.getLogger(NavigationGate.class);

    private NavigationGate() {
    }

    /** @return whether {@code request} is a top-level navigation */
    public static boolean isNavigation(HttpServletRequest request) {
        return TopLevelNavigation.test(request.getMethod(), request::getHeader);
    }

    /**
     * Answers {@code 401} when {@code request} is no top-level navigation.
     *
     * @return true when the request was refused and the caller must stop
     */
    public static boolean refuseUnlessNavigation(HttpServletRequest request, HttpServletResponse response) {
        // caches must not serve one answer for the other: the same URL gives 401 or a login
        response.addHeader("Vary", "Sec-Fetch-Mode, Sec-Fetch-Dest, Sec-Purpose, Purpose, X-Requested-With, Accept");
        if (isNavigation(request)) {
            return false;
        }
        LOG.debug("Cl@ve login not started for {} {}: not a top-level navigation (Sec-Fetch-Dest {})",
                request.getMethod(), LogSanitizer.sanitize(request.getRequestURI()),
                LogSanitizer.sanitize(String.valueOf(request.getHeader("Sec-Fetch-Dest"))));
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Clave");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(0);
        return true;
    }
}
