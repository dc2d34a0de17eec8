package es.clave.sp.response;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;

/** Shorthand for failing a check. */
final class Failures {
    private Failures() {
    }

    /** @return the exception to throw for {@code error} with a log {@code detail} */
    static ClaveAuthenticationException fail(ClaveError error, String detail) {
        return new ClaveAuthenticationException(error, detail);
    }
}
