package es.clave.sp.spring.security.web;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.login.ClientInfo;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.servlet.PendingLogouts;
import es.clave.sp.spring.security.ClaveLoginFailedException;
import es.clave.sp.spring.security.ClaveResponseToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Optional;

/**
 * The Assertion Consumer Service ({@code POST /clave/acs}): consumes the pending login the posted
 * RelayState names (once, SEC-H4), checks that this browser started it (SEC-H2), and hands the
 * response to the {@code AuthenticationManager}. A session that belongs to another citizen is
 * invalidated first (SEC-H4); Spring Security then rotates the session id, stores the security
 * context and calls the success or failure handler.
 *
 * <p>The gateway POSTs here cross-site, so this endpoint is exempt from CSRF; the SAML validation,
 * RelayState and browser binding are its protection.
 */
public final class ClaveAcsFilter extends AbstractAuthenticationProcessingFilter {

    /** Request attribute holding the consumed {@link PendingLogin}, read by the success handler. */
    public static final String PENDING_LOGIN_ATTRIBUTE = ClaveAcsFilter.class.getName() + ".pendingLogin";

    private final ClaveWebSupport web;

    /**
     * @param matcher the ACS endpoint
     * @param web     shared Cl@ve web pieces
     */
    public ClaveAcsFilter(RequestMatcher matcher, ClaveWebSupport web) {
        super(matcher);
        this.web = web;
    }

    @Override
    public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response)
            throws AuthenticationException {
        String samlResponse = request.getParameter("SAMLResponse");
        String relayState = request.getParameter("RelayState");
        PendingLogin pending = take(relayState).orElse(null);
        if (pending != null) {
            if (!web.binding().matches(request, pending.browserBinding())) {
                throw new ClaveLoginFailedException(ClaveError.BROWSER_MISMATCH,
                        "the pending login of this RelayState was started by another browser");
            }
            request.setAttribute(PENDING_LOGIN_ATTRIBUTE, pending);
        }
        ClaveResponseToken token = new ClaveResponseToken(samlResponse, relayState, pending,
                ClientInfo.from(request.getRemoteAddr()));
        token.setDetails(authenticationDetailsSource.buildDetails(request));
        Authentication result = getAuthenticationManager().authenticate(token);
        freshSessionIfAnotherCitizen(request, result);
        return result;
    }

    /**
     * SEC-H4: when the session already belongs to someone else (another citizen, or a login that was
     * not Cl@ve's), it is invalidated before the session strategy runs, so the new citizen starts with
     * an empty session. The same citizen again keeps it; the strategy still changes its id.
     */
    private static void freshSessionIfAnotherCitizen(HttpServletRequest request, Authentication next) {
        HttpSession session = request.getSession(false);
        Authentication previous = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        if (session == null || previous == null || !previous.isAuthenticated()
                || previous instanceof AnonymousAuthenticationToken) {
            return;
        }
        boolean sameCitizen = previous.getPrincipal() instanceof ClaveIdentity before
                && next.getPrincipal() instanceof ClaveIdentity after && before.isSameCitizen(after);
        if (!sameCitizen) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // nothing left to carry over
            }
        }
    }

    private Optional<PendingLogin> take(String relayState) {
        // a logout's pending state lives in the same store under a prefixed key: never a login
        if (relayState == null || relayState.isEmpty() || PendingLogouts.isLogoutKey(relayState)) {
            return Optional.empty();
        }
        try {
            return web.store().take(relayState);
        } catch (ClaveAuthenticationException e) {
            // STATE_UNAVAILABLE: fail closed through the failure handler, not as a server error page
            throw new ClaveLoginFailedException(e);
        }
    }
}
