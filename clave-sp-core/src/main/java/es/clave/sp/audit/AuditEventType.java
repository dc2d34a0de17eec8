package es.clave.sp.audit;

/** The moments of a Cl@ve login or logout that are audited. */
public enum AuditEventType {
    /** an AuthnRequest was built for a citizen */
    LOGIN_STARTED,
    /** a response was validated and an identity delivered */
    LOGIN_SUCCEEDED,
    /** a response was refused or reported a failure */
    LOGIN_FAILED,
    /** a LogoutRequest was built */
    LOGOUT_STARTED,
    /** the gateway confirmed the logout */
    LOGOUT_COMPLETED,
    /** the gateway's logout answer was missing, invalid or not a success (LGO-3: reported, not hidden) */
    LOGOUT_FAILED;

    /** @return whether this event reports a failure */
    public boolean isFailure() {
        return this == LOGIN_FAILED || this == LOGOUT_FAILED;
    }
}
