package es.clave.sp.response;

/**
 * One named step of the login-response pipeline. Each implementation enforces the rules its
 * Javadoc cites and fails by throwing {@link es.clave.sp.error.ClaveAuthenticationException}.
 */
interface ResponseCheck {
    /** Applies the check to {@code ctx}, adding what it learns. */
    void apply(ResponseContext ctx);
}
