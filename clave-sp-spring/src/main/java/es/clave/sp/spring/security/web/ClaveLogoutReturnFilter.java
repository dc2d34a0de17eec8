package es.clave.sp.spring.security.web;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.login.ClientInfo;
import es.clave.sp.servlet.PendingLogouts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Receives the gateway's LogoutResponse ({@code POST /clave/logout/return}, fields
 * {@code logoutResponse} + {@code RelayState}, BND-3), checks it against the pending logout of this
 * browser (LGO-2) and sends the citizen to the after-logout page. A missing, foreign or failed
 * answer is reported on the error page, not hidden (LGO-3); the local session ended before.
 * Exempt from CSRF: the gateway POSTs cross-site.
 */
public final class ClaveLogoutReturnFilter extends OncePerRequestFilter {

    private final RequestMatcher matcher;
    private final ClaveWebSupport web;
    private final PendingLogouts pendingLogouts;
    private final String afterLogoutPath;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    /**
     * @param matcher         the logout return endpoint
     * @param web             shared Cl@ve web pieces
     * @param afterLogoutPath context-relative page after a confirmed logout without its own target
     */
    public ClaveLogoutReturnFilter(RequestMatcher matcher, ClaveWebSupport web, String afterLogoutPath) {
        this.matcher = matcher;
        this.web = web;
        this.pendingLogouts = new PendingLogouts(web.store());
        this.afterLogoutPath = afterLogoutPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !matcher.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String relayState = request.getParameter("RelayState");
        try {
            Optional<PendingLogouts.Entry> entry = pendingLogouts.take(relayState);
            if (entry.isPresent() && !web.binding().matches(request, entry.get().browserBinding())) {
                throw new ClaveAuthenticationException(ClaveError.BROWSER_MISMATCH,
                        "the pending logout of this RelayState was started by another browser");
            }
            web.serviceProvider().finishLogout(request.getParameter("logoutResponse"), relayState,
                    entry.map(PendingLogouts.Entry::pending).orElse(null), ClientInfo.from(request.getRemoteAddr()));
            String target = entry.map(e -> e.pending().returnTo()).orElse(null);
            redirects.sendRedirect(request, response, target == null ? afterLogoutPath : target);
        } catch (ClaveAuthenticationException e) {
            web.failures().fail(request, response, ClaveError.LOGOUT_FAILED, e.getMessage(), null, null,
                    request.getContextPath() + afterLogoutPath);
        } catch (RuntimeException e) {
            // reported the same way, with the stack trace in the log only (LGO-3, SEC-H7)
            web.failures().fail(request, response, ClaveError.LOGOUT_FAILED, "processing the LogoutResponse failed", e,
                    null, request.getContextPath() + afterLogoutPath);
        }
    }
}
