package es.clave.sp.error;

import es.clave.sp.text.LogSanitizer;

import java.io.Serial;

/**
 * Thrown when a login or logout ends without success. Carries the {@link ClaveError}; the
 * message is for logs (it may contain details such as attribute values, already escaped and capped
 * by {@link LogSanitizer}), never for the citizen: show {@link ClaveError#messageKey()} instead.
 */
public class ClaveAuthenticationException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final ClaveError error;

    /** @param error the failure kind; {@code detail} adds context for the log */
    public ClaveAuthenticationException(ClaveError error, String detail) {
        this(error, detail, null);
    }

    /** @param error the failure kind; {@code detail} adds context for the log; {@code cause} the underlying exception */
    public ClaveAuthenticationException(ClaveError error, String detail, Throwable cause) {
        super(error.name() + " [" + error.ruleId() + "]: " + (detail == null ? error.logReason() : LogSanitizer.sanitize(detail)), cause);
        this.error = error;
    }

    /** @return the failure kind */
    public ClaveError error() {
        return error;
    }
}
