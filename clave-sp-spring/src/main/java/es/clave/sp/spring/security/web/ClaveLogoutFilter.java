package es.clave.sp.spring.security.web;

import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Local logout followed by the Cl@ve logout ({@code POST /clave/logout}). A POST with the CSRF
 * token, like Spring Security's own logout, so another site cannot sign the citizen out. Its own
 * class so it can sit in the filter chain next to the application's {@link LogoutFilter}.
 */
public final class ClaveLogoutFilter extends LogoutFilter {

    /**
     * @param matcher        the logout endpoint
     * @param successHandler starts the Cl@ve logout
     * @param handlers       end the local session (invalidate session, clear context, ...)
     */
    public ClaveLogoutFilter(RequestMatcher matcher, ClaveLogoutSuccessHandler successHandler, LogoutHandler... handlers) {
        super(successHandler, handlers);
        setLogoutRequestMatcher(matcher);
    }
}
