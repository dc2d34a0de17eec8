package es.clave.sp.audit;

import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.IdentifierKind;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import es.clave.sp.testing.CapturedLogs;

import java.util.List;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Slf4jAuditListenerTest {

    @Test
    @DisplayName("audit: a success line names type, ids, masked subject, method and LoA")
    void formatSuccess() {
        AuditEvent e = new AuditEvent(AuditEventType.LOGIN_SUCCEEDED, Instant.EPOCH, "CID-1", "_req1", "1234****Z",
                IdentifierKind.NIF, IdentificationMethod.CLAVE_MOVIL, LevelOfAssurance.HIGH, null, null);
        assertEquals("clave LOGIN_SUCCEEDED correlationId=CID-1 requestId=_req1 subject=1234****Z kind=NIF "
                + "method=CLAVE_MOVIL loa=HIGH", Slf4jAuditListener.format(e));
    }

    @Test
    @DisplayName("audit: a failure line names the ClaveError and its rule; the detail stays out of the line")
    void formatFailure() {
        AuditEvent e = new AuditEvent(AuditEventType.LOGIN_FAILED, Instant.EPOCH, "CID-2", "_req2", null, null, null,
                null, ClaveError.WRONG_AUDIENCE, "Audience https://evil.example");
        String line = Slf4jAuditListener.format(e);
        assertEquals("clave LOGIN_FAILED correlationId=CID-2 requestId=_req2 error=WRONG_AUDIENCE rule=SEC-P4 "
                + "reason=\"the SP is not in every AudienceRestriction\"", line);
        assertFalse(line.contains("evil"));
    }

    @Test
    @DisplayName("audit: success at INFO and failure at WARN on es.clave.sp.audit, with the event's correlation id in the MDC")
    void onEventLogsWithCorrelationIdInMdc() {
        AuditEvent ok = new AuditEvent(AuditEventType.LOGIN_SUCCEEDED, Instant.EPOCH, "CID-OK", "_r", "1234****Z",
                IdentifierKind.NIF, IdentificationMethod.CERTIFICATE, LevelOfAssurance.HIGH, null, null);
        AuditEvent ko = new AuditEvent(AuditEventType.LOGIN_FAILED, Instant.EPOCH, "CID-KO", "_r", null, null, null,
                null, ClaveError.REPLAYED, "detail");
        try (CapturedLogs logs = CapturedLogs.of(Slf4jAuditListener.LOGGER_NAME)) {
            Slf4jAuditListener listener = new Slf4jAuditListener();
            listener.onEvent(ok);
            listener.onEvent(ko);
            List<ILoggingEvent> events = logs.events();
            assertEquals(Level.INFO, events.get(0).getLevel());
            assertEquals("CID-OK", events.get(0).getMDCPropertyMap().get(CorrelationId.MDC_KEY));
            assertEquals(Level.WARN, events.get(1).getLevel());
            assertEquals("CID-KO", events.get(1).getMDCPropertyMap().get(CorrelationId.MDC_KEY));
            assertTrue(events.get(1).getFormattedMessage().contains("error=REPLAYED"));
        }
    }

    @Test
    @DisplayName("audit: logging an event leaves the caller's MDC as it was")
    void onEventRestoresMdc() {
        AuditEvent e = new AuditEvent(AuditEventType.LOGOUT_COMPLETED, Instant.EPOCH, "CID-3", "_lo", null, null, null,
                null, null, null);
        new Slf4jAuditListener().onEvent(e);
        assertNull(MDC.get(CorrelationId.MDC_KEY));
        try (CorrelationId.Scope scope = CorrelationId.open("REQUEST-ID")) {
            new Slf4jAuditListener().onEvent(e);
            assertEquals("REQUEST-ID", MDC.get(CorrelationId.MDC_KEY));
        }
    }
}
