package es.clave.sp.spring.security.web;

import es.clave.sp.error.ClaveError;
import es.clave.sp.spring.security.ClaveLoginFailedException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;

/**
 * The default answer to a failed Cl@ve login. With a failure URL it behaves like Spring Security's
 * form login: the {@link ClaveLoginFailedException} is kept in the session under
 * {@code WebAttributes.AUTHENTICATION_EXCEPTION} and the browser is redirected there, so the
 * application renders its own page from {@link ClaveLoginFailedException#getError()}. Without one it
 * renders the localized Cl@ve error page. Either way the reason is logged under a support reference.
 */
public final class ClaveAuthenticationFailureHandler implements AuthenticationFailureHandler {

    private final ClaveFailureResponder responder;
    private final SimpleUrlAuthenticationFailureHandler redirect;

    /**
     * @param responder  renders the error page
     * @param failureUrl context-relative page to redirect to, or null to render the error page
     */
    public ClaveAuthenticationFailureHandler(ClaveFailureResponder responder, String failureUrl) {
        this.responder = responder;
        this.redirect = failureUrl == null ? null : new SimpleUrlAuthenticationFailureHandler(failureUrl);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        ClaveError error = exception instanceof ClaveLoginFailedException e ? e.getError() : ClaveError.INTERNAL_ERROR;
        if (redirect != null) {
            ClaveFailureResponder.log(error, exception.getMessage());
            redirect.onAuthenticationFailure(request, response, exception);
            return;
        }
        responder.respond(request, response, error, exception.getMessage());
    }
}
