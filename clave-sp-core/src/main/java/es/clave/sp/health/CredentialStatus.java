package es.clave.sp.health;

/** Validity of a certificate at report time, worst last. */
public enum CredentialStatus {
    /** valid for longer than the warning window */
    OK,
    /** valid, but expires within the warning window (30 days by default) */
    EXPIRING,
    /** not valid yet (its notBefore is in the future) */
    NOT_YET_VALID,
    /** past its notAfter */
    EXPIRED
}
