package es.clave.sp.spring.security.web;

import es.clave.sp.error.ClaveError;
import es.clave.sp.logout.LogoutStart;
import es.clave.sp.servlet.PendingLogouts;
import es.clave.sp.spring.security.ClaveAuthenticationToken;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

import java.io.IOException;

/**
 * Runs after the local logout (session invalidated, security context cleared): when the citizen
 * had signed in with Cl@ve, starts the Cl@ve logout (LGO-1) by posting a signed LogoutRequest to
 * the gateway; otherwise redirects to the after-logout page. When the Cl@ve logout cannot be started
 * the error page says so; the local session is ended either way (LGO-3).
 */
public final class ClaveLogoutSuccessHandler implements LogoutSuccessHandler {

    private final ClaveWebSupport web;
    private final PendingLogouts pendingLogouts;
    private final String afterLogoutPath;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    /**
     * @param web             shared Cl@ve web pieces
     * @param afterLogoutPath context-relative page shown after logout
     */
    public ClaveLogoutSuccessHandler(ClaveWebSupport web, String afterLogoutPath) {
        this.web = web;
        this.pendingLogouts = new PendingLogouts(web.store());
        this.afterLogoutPath = afterLogoutPath;
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (!(authentication instanceof ClaveAuthenticationToken)) {
            redirects.sendRedirect(request, response, afterLogoutPath);
            return;
        }
        LogoutStart start;
        try {
            start = web.serviceProvider().startLogout(afterLogoutPath);
            String binding = web.binding().bind(request, response);
            pendingLogouts.put(start.pending(), binding, web.pendingTtl());
        } catch (RuntimeException e) {
            // the local session is already gone; the citizen learns that Cl@ve was not signed out (LGO-3)
            web.failures().fail(request, response, ClaveError.LOGOUT_FAILED, "could not start the Cl@ve logout", e,
                    null, request.getContextPath() + afterLogoutPath);
            return;
        }
        web.autoPost().render(response, start.form(), web.locale(request));
    }
}
