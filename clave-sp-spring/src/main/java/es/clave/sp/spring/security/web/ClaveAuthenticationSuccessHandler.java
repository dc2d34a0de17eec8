package es.clave.sp.spring.security.web;

import es.clave.sp.login.PendingLogin;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

import java.io.IOException;

/**
 * Sends the citizen on after a successful Cl@ve login: to the target kept in the pending login
 * (the {@code returnTo} parameter or the request saved before the login started), else to the
 * request still in the {@link RequestCache}, else to the default page. The browser-binding cookie
 * stays (it expires on its own), so logins pending in other tabs of this browser still complete.
 */
public final class ClaveAuthenticationSuccessHandler implements AuthenticationSuccessHandler {

    private final RequestCache requestCache;
    private final SavedRequestAwareAuthenticationSuccessHandler fallback = new SavedRequestAwareAuthenticationSuccessHandler();
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    /**
     * @param requestCache      the request cache of the filter chain
     * @param defaultTargetUrl  context-relative page used when no target is known
     */
    public ClaveAuthenticationSuccessHandler(RequestCache requestCache, String defaultTargetUrl) {
        this.requestCache = requestCache;
        fallback.setRequestCache(requestCache);
        fallback.setDefaultTargetUrl(defaultTargetUrl);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        Object pending = request.getAttribute(ClaveAcsFilter.PENDING_LOGIN_ATTRIBUTE);
        String target = pending instanceof PendingLogin p ? p.returnTo() : null;
        if (target == null) {
            if (!SavedNavigation.isNavigation(requestCache.getRequest(request, response))) {
                // a saved image or fetch() is no page to land on (SEC-H8): the default page is
                requestCache.removeRequest(request, response);
            }
            fallback.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        // the saved request, if the session cookie came along, has been replaced by this target
        requestCache.removeRequest(request, response);
        redirects.sendRedirect(request, response, target);
    }
}
