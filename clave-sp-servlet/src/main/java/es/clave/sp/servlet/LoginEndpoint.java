package es.clave.sp.servlet;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.login.LoginOptions;
import es.clave.sp.login.LoginStart;
import es.clave.sp.servlet.security.NavigationGate;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code GET <prefix>/login}: for a top-level navigation only (SEC-H8), builds the AuthnRequest, stores the pending login keyed by RelayState
 * and bound to this browser (SEC-H2), and sends the auto-post form to the gateway.
 */
final class LoginEndpoint {

    private final FilterRuntime rt;

    LoginEndpoint(FilterRuntime rt) {
        this.rt = rt;
    }

    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) && !"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, POST");
            rt.failures.refuse(request, response, "clave.servlet.error.bad-request",
                    HttpServletResponse.SC_METHOD_NOT_ALLOWED, "method " + request.getMethod() + " on the login endpoint",
                    null, rt.defaultReturn());
            return;
        }
        if (NavigationGate.refuseUnlessNavigation(request, response)) {
            return;
        }
        LoginOptions options;
        try {
            options = LoginParameters.parse(request.getParameter("loa"), request.getParameter("methods"),
                    request.getParameter("forceAuthn"), rt.sp.config());
        } catch (IllegalArgumentException e) {
            rt.failures.refuse(request, response, "clave.servlet.error.bad-request",
                    HttpServletResponse.SC_BAD_REQUEST, "login parameters refused: " + e.getMessage(),
                    rt.endpoint("login"), rt.defaultReturn());
            return;
        }
        // SEC-H1: only a same-origin relative path is kept; anything else means the default page
        String returnTo = rt.safeTarget(request.getParameter("returnTo"), rt.defaultReturn());
        try {
            LoginStart start = rt.sp.startLogin(options.withReturnTo(returnTo));
            String browser = rt.binding.bind(request, response);
            rt.pendingLogins.put(start.pending().withBrowserBinding(browser), rt.settings.pendingTtl());
            rt.autoPost.render(response, start.form(), rt.locales.select(request));
        } catch (ClaveAuthenticationException e) {
            rt.failures.fail(request, response, e.error(), e.getMessage(), null, rt.endpoint("login"), rt.defaultReturn());
        } catch (RuntimeException e) {
            rt.failures.fail(request, response, es.clave.sp.error.ClaveError.INTERNAL_ERROR,
                    "starting the login failed", e, rt.endpoint("login"), rt.defaultReturn());
        }
    }
}
