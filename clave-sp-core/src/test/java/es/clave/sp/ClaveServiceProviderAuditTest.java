package es.clave.sp;

import es.clave.sp.audit.AuditEvent;
import es.clave.sp.audit.AuditEventType;
import es.clave.sp.audit.CorrelationId;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.login.ClientInfo;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.logout.PendingLogout;
import es.clave.sp.state.ReplayCache;
import es.clave.sp.testing.TestCredentials;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The audit hooks of the facade: every outcome is published, and auditing never changes the outcome. */
class ClaveServiceProviderAuditTest {

    private static final PendingLogin PENDING = new PendingLogin("_req-audit", "rs-audit", LevelOfAssurance.LOW,
            Set.of(IdentificationMethod.CLAVE_PIN), false, Instant.now(), null, null);

    private final List<AuditEvent> events = new ArrayList<>();

    private ClaveServiceProvider sp(boolean withBrokenListener) {
        ClaveSpConfig.Builder b = ClaveSpConfig.builder()
                .spCode("21114293V_E04975701")
                .applicationName("audit tests")
                .acsUrl("https://sp.example.es/clave/acs")
                .signingCredential(TestCredentials.rsa("sp-signing", 2048))
                .addTrustedCertificate(TestCredentials.rsa("clave", 2048).certificate());
        if (withBrokenListener) {
            b.addAuditListener(e -> {
                throw new IllegalStateException("audit sink down");
            });
        }
        b.addAuditListener(events::add);
        return ClaveServiceProvider.create(b.build(), noReplayCache());
    }

    private static ReplayCache noReplayCache() {
        // the response is refused before any replay check; a proxy keeps this test independent of ReplayCache's shape
        return (ReplayCache) Proxy.newProxyInstance(ReplayCache.class.getClassLoader(), new Class<?>[]{ReplayCache.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "toString" -> "unreachable ReplayCache";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new AssertionError("replay cache must not be reached for a missing response");
                });
    }

    private static ClaveError expectedError(RuntimeException thrown) {
        return thrown instanceof ClaveAuthenticationException cae ? cae.error() : ClaveError.INTERNAL_ERROR;
    }

    @Test
    @DisplayName("audit: a refused response publishes LOGIN_FAILED with its ClaveError, request id and the request's correlation id")
    void finishLoginWhenRefusedThenLoginFailedEvent() {
        RuntimeException thrown;
        try (CorrelationId.Scope scope = CorrelationId.open("CID-LOGIN")) {
            thrown = assertThrows(RuntimeException.class,
                    () -> sp(false).finishLogin(null, "rs-audit", PENDING, ClientInfo.now()));
        }
        assertEquals(1, events.size());
        AuditEvent e = events.get(0);
        assertEquals(AuditEventType.LOGIN_FAILED, e.type());
        assertEquals("_req-audit", e.requestId());
        assertEquals("CID-LOGIN", e.correlationId());
        assertEquals(expectedError(thrown), e.error());
    }

    @Test
    @DisplayName("audit: a throwing listener neither replaces the login's own exception nor stops other listeners")
    void finishLoginWhenListenerThrowsThenOriginalOutcome() {
        RuntimeException withoutAudit = assertThrows(RuntimeException.class,
                () -> sp(false).finishLogin(null, "rs-audit", PENDING, ClientInfo.now()));
        events.clear();
        RuntimeException withBrokenAudit = assertThrows(RuntimeException.class,
                () -> sp(true).finishLogin(null, "rs-audit", PENDING, ClientInfo.now()));
        assertSame(withoutAudit.getClass(), withBrokenAudit.getClass());
        assertEquals(withoutAudit.getMessage(), withBrokenAudit.getMessage());
        assertEquals(1, events.size());
    }

    @Test
    @DisplayName("audit: LGO-3 a failed logout answer publishes LOGOUT_FAILED and is still thrown")
    void finishLogoutWhenRefusedThenLogoutFailedEvent() {
        PendingLogout pending = new PendingLogout("_lo-audit", "rs-lo", Instant.now(), null);
        RuntimeException thrown = assertThrows(RuntimeException.class,
                () -> sp(true).finishLogout(null, "rs-lo", pending, ClientInfo.now()));
        assertEquals(1, events.size());
        assertEquals(AuditEventType.LOGOUT_FAILED, events.get(0).type());
        assertEquals("_lo-audit", events.get(0).requestId());
        assertEquals(expectedError(thrown), events.get(0).error());
    }
}
