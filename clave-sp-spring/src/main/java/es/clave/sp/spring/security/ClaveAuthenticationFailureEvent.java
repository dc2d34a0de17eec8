package es.clave.sp.spring.security;

import es.clave.sp.error.ClaveError;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import java.io.Serial;

/**
 * A Cl@ve login that failed, published through Spring Security's {@code AuthenticationEventPublisher}
 * so that audit listeners and Boot's Actuator see it like any other failed login. {@link #getError()}
 * says why, in the low-cardinality terms of {@link ClaveError}.
 */
public class ClaveAuthenticationFailureEvent extends AbstractAuthenticationFailureEvent {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * The constructor {@code DefaultAuthenticationEventPublisher} calls for a mapped exception.
     *
     * @param authentication the Cl@ve response being authenticated
     * @param exception      why it failed, normally a {@link ClaveLoginFailedException}
     */
    public ClaveAuthenticationFailureEvent(Authentication authentication, AuthenticationException exception) {
        super(authentication, exception);
    }

    /** @return the Cl@ve error of the failure ({@code INTERNAL_ERROR} for a foreign exception) */
    public ClaveError getError() {
        return getException() instanceof ClaveLoginFailedException failed ? failed.getError() : ClaveError.INTERNAL_ERROR;
    }
}
