/**
 * Audit events of logins and logouts, and the correlation id that ties them to log lines and to
 * the support reference on error pages.
 *
 * <p>Public API: {@code AuditListener} (the seam an application implements to receive {@code
 * AuditEvent}s), {@code AuditEventType}, {@code CorrelationId}, {@code AuditProperties} and the
 * default {@code Slf4jAuditListener}, which logs one line per event with person identifiers masked
 * by {@code IdentifierMasker}. {@code AuditPublisher} is what {@code ClaveServiceProvider} uses to
 * call the listeners; a failing listener never breaks a login. A logout the gateway did not
 * confirm is audited, not hidden (LGO-3).
 */
package es.clave.sp.audit;
