package es.clave.sp.audit;

import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.identity.PersonIdentifier;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.logout.PendingLogout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * Turns login and logout moments into {@link AuditEvent}s and hands them to every listener. A
 * listener that throws is logged and skipped: auditing never breaks a login.
 */
public final class AuditPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(AuditPublisher.class);

    private final List<AuditListener> listeners;
    private final boolean maskIdentifiers;
    private final Clock clock;

    /**
     * @param listeners       receivers of every event, called in order
     * @param maskIdentifiers whether identifiers are masked ({@code clave.audit.mask-identifiers}, default true)
     * @param clock           the time source for event timestamps
     */
    public AuditPublisher(List<AuditListener> listeners, boolean maskIdentifiers, Clock clock) {
        this.listeners = List.copyOf(listeners);
        this.maskIdentifiers = maskIdentifiers;
        this.clock = clock;
    }

    /** A login was started. */
    public void loginStarted(PendingLogin pending) {
        publish(event(AuditEventType.LOGIN_STARTED, pending == null ? null : pending.requestId(), null, null,
                pending == null ? null : pending.requestedLoa(), null));
    }

    /** A login succeeded with {@code identity}. */
    public void loginSucceeded(PendingLogin pending, ClaveIdentity identity) {
        publish(event(AuditEventType.LOGIN_SUCCEEDED, pending == null ? null : pending.requestId(), identity,
                identity.method(), identity.levelOfAssurance(), null));
    }

    /** A login failed with {@code error}; {@code detail} is the exception message for the log. */
    public void loginFailed(PendingLogin pending, ClaveError error, String detail) {
        publish(event(AuditEventType.LOGIN_FAILED, pending == null ? null : pending.requestId(), null, null, null,
                error, detail));
    }

    /** A logout was started. */
    public void logoutStarted(PendingLogout pending) {
        publish(event(AuditEventType.LOGOUT_STARTED, pending == null ? null : pending.requestId(), null, null, null, null));
    }

    /** The gateway confirmed the logout. */
    public void logoutCompleted(PendingLogout pending) {
        publish(event(AuditEventType.LOGOUT_COMPLETED, pending == null ? null : pending.requestId(), null, null, null, null));
    }

    /** The logout answer was missing, invalid or a failure. */
    public void logoutFailed(PendingLogout pending, ClaveError error, String detail) {
        publish(event(AuditEventType.LOGOUT_FAILED, pending == null ? null : pending.requestId(), null, null, null,
                error, detail));
    }

    private AuditEvent event(AuditEventType type, String requestId, ClaveIdentity identity,
                             IdentificationMethod method, LevelOfAssurance loa, ClaveError error) {
        return event(type, requestId, identity, method, loa, error, null);
    }

    private AuditEvent event(AuditEventType type, String requestId, ClaveIdentity identity,
                             IdentificationMethod method, LevelOfAssurance loa, ClaveError error, String detail) {
        PersonIdentifier pid = identity == null ? null : identity.personIdentifier();
        String subject = pid == null ? null : (maskIdentifiers ? IdentifierMasker.mask(pid.value()) : pid.value());
        try (CorrelationId.Scope scope = CorrelationId.openIfAbsent()) {
            return new AuditEvent(type, clock.instant(), scope.id(), requestId, subject,
                    pid == null ? null : pid.kind(), method, loa, error, detail);
        }
    }

    private void publish(AuditEvent event) {
        for (AuditListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.error("audit listener {} failed on {}; the login goes on", listener.getClass().getName(), event.type(), e);
            }
        }
    }
}
