package es.clave.sp.audit;

import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.identity.IdentifierKind;
import es.clave.sp.identity.PersonIdentifier;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.logout.PendingLogout;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditPublisherTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final PendingLogin PENDING = new PendingLogin("_req1", "rs1", LevelOfAssurance.SUBSTANTIAL,
            Set.of(IdentificationMethod.CLAVE_PIN), false, NOW, "/home", null);
    private static final ClaveIdentity IDENTITY = ClaveIdentity.builder()
            .personIdentifier(new PersonIdentifier("12345678Z", "12345678Z", IdentifierKind.NIF, true, "ES"))
            .givenName("María").familyName("García López")
            .method(IdentificationMethod.CLAVE_PIN).levelOfAssurance(LevelOfAssurance.SUBSTANTIAL)
            .build();

    private final List<AuditEvent> events = new ArrayList<>();

    private AuditPublisher publisher(boolean mask, AuditListener... extra) {
        List<AuditListener> listeners = new ArrayList<>(List.of(extra));
        listeners.add(events::add);
        return new AuditPublisher(listeners, mask, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    @DisplayName("audit: login succeeded carries method, LoA, kind and the masked identifier, no names")
    void loginSucceededMasked() {
        try (CorrelationId.Scope scope = CorrelationId.open("CID-1")) {
            publisher(true).loginSucceeded(PENDING, IDENTITY);
        }
        AuditEvent e = events.get(0);
        assertEquals(AuditEventType.LOGIN_SUCCEEDED, e.type());
        assertEquals(NOW, e.at());
        assertEquals("CID-1", e.correlationId());
        assertEquals("_req1", e.requestId());
        assertEquals("1234****Z", e.subject());
        assertEquals(IdentifierKind.NIF, e.identifierKind());
        assertEquals(IdentificationMethod.CLAVE_PIN, e.method());
        assertEquals(LevelOfAssurance.SUBSTANTIAL, e.loa());
        assertFalse(e.toString().contains("María") || e.toString().contains("García"));
    }

    @Test
    @DisplayName("audit: clave.audit.mask-identifiers=false delivers the full identifier")
    void loginSucceededUnmasked() {
        publisher(false).loginSucceeded(PENDING, IDENTITY);
        assertEquals("12345678Z", events.get(0).subject());
    }

    @Test
    @DisplayName("audit: login started carries the request id and requested LoA; failures carry the ClaveError")
    void startedAndFailed() {
        AuditPublisher p = publisher(true);
        p.loginStarted(PENDING);
        p.loginFailed(PENDING, ClaveError.REPLAYED, "Response _r1 seen before");
        assertEquals(AuditEventType.LOGIN_STARTED, events.get(0).type());
        assertEquals(LevelOfAssurance.SUBSTANTIAL, events.get(0).loa());
        assertEquals(AuditEventType.LOGIN_FAILED, events.get(1).type());
        assertEquals(ClaveError.REPLAYED, events.get(1).error());
        assertEquals("_req1", events.get(1).requestId());
        assertNull(events.get(1).subject());
    }

    @Test
    @DisplayName("audit: logout started, completed and failed are published (LGO-3: failures reported)")
    void logoutEvents() {
        PendingLogout pending = new PendingLogout("_lo1", "rs", NOW, null);
        AuditPublisher p = publisher(true);
        p.logoutStarted(pending);
        p.logoutCompleted(pending);
        p.logoutFailed(pending, ClaveError.LOGOUT_FAILED, "status Responder");
        assertEquals(List.of(AuditEventType.LOGOUT_STARTED, AuditEventType.LOGOUT_COMPLETED, AuditEventType.LOGOUT_FAILED),
                events.stream().map(AuditEvent::type).toList());
        assertTrue(events.stream().allMatch(e -> "_lo1".equals(e.requestId())));
    }

    @Test
    @DisplayName("audit: a listener that throws is logged and skipped; later listeners still get the event")
    void throwingListenerDoesNotBreak() {
        AuditListener broken = e -> {
            throw new IllegalStateException("audit database down");
        };
        publisher(true, broken).loginSucceeded(PENDING, IDENTITY);
        assertEquals(1, events.size());
    }

    @Test
    @DisplayName("audit: without an open scope each event still gets a correlation id and nothing is left on the thread")
    void noScopeThenIdAndNothingLeft() {
        publisher(true).loginStarted(PENDING);
        assertTrue(events.get(0).correlationId() != null && !events.get(0).correlationId().isEmpty());
        assertTrue(CorrelationId.current().isEmpty());
    }
}
