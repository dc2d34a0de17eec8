package es.clave.sp.spring.security.web;

import es.clave.sp.servlet.security.NavigationGate;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

import java.io.IOException;

/**
 * Sends a top-level navigation that needs a login to the Cl@ve login endpoint, and answers anything
 * else (the favicon, an image, a {@code fetch()}) with {@code 401} (SEC-H8). Spring Security uses a
 * single registered entry point for every request, so the check cannot rely on the request matcher
 * it is registered with.
 */
public final class ClaveEntryPoint implements AuthenticationEntryPoint {

    private final LoginUrlAuthenticationEntryPoint login;

    /** @param loginPath the context-relative login endpoint */
    public ClaveEntryPoint(String loginPath) {
        this.login = new LoginUrlAuthenticationEntryPoint(loginPath);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException, ServletException {
        if (!NavigationGate.refuseUnlessNavigation(request, response)) {
            login.commence(request, response, reason);
        }
    }
}
