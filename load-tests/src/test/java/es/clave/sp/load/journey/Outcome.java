package es.clave.sp.load.journey;

/** How a journey ended, as the citizen's browser saw it. */
public enum Outcome {
    /** the protected page shows this citizen's identifier */
    SUCCEEDED,
    /** an adapter's error page, with the precise {@code ClaveError} */
    FAILED,
    /** the balancer's 502/504: the node died (or hung) with the request in flight */
    UPSTREAM_LOST,
    /** signed in, but the session lived on a node that died: the protected page asks to log in again */
    SESSION_LOST,
    /** no answer within the bound */
    LOST,
    /** the protected page shows somebody else */
    WRONG_IDENTITY,
    /** anything else: a page no step expects, a broken connection to the balancer */
    UNEXPECTED
}
