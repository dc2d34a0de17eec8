package es.clave.sp.spring.security;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import org.springframework.security.core.AuthenticationException;

import java.io.Serial;

/**
 * A Cl@ve login or logout that ended without success, in Spring Security's terms. Carries the
 * {@link ClaveError} so failure handlers can choose the citizen's message
 * ({@link ClaveError#messageKey()}); the exception message is for logs only.
 */
public class ClaveLoginFailedException extends AuthenticationException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final ClaveError error;

    /** @param cause core's failure; its error and log detail carry over */
    public ClaveLoginFailedException(ClaveAuthenticationException cause) {
        super(cause.getMessage(), cause);
        this.error = cause.error();
    }

    /** @param error the failure kind; {@code detail} is for the log */
    public ClaveLoginFailedException(ClaveError error, String detail) {
        this(new ClaveAuthenticationException(error, detail));
    }

    /** @return the failure kind */
    public ClaveError getError() {
        return error;
    }
}
