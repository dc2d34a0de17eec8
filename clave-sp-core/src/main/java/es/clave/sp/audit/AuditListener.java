package es.clave.sp.audit;

/**
 * Receives audit events from {@link es.clave.sp.ClaveServiceProvider}. Called synchronously on the
 * request thread, so keep it quick; an exception it throws is logged and never breaks the login.
 */
@FunctionalInterface
public interface AuditListener {

    /** @param event the audited moment */
    void onEvent(AuditEvent event);
}
