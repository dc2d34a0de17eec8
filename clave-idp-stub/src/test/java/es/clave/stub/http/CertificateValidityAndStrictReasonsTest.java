package es.clave.stub.http;

import es.clave.stub.ClaveStub;
import es.clave.stub.conformance.ConformanceReport;
import es.clave.stub.conformance.Finding;
import es.clave.stub.conformance.Severity;
import es.clave.stub.testing.Browser;
import es.clave.stub.testing.Browser.Page;
import es.clave.stub.testing.ResponseXml;
import es.clave.stub.testing.TestRequest;
import es.clave.stub.testing.TestSp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SP's signing certificate outside its validity period is a SHOULD finding (Cl@ve itself would
 * refuse it), and in strict mode only MUST findings are reasons for a rejection.
 */
class CertificateValidityAndStrictReasonsTest {

    private final Browser browser = new Browser();

    /** A valid request issued at {@code at}, the stub's time. */
    private static TestRequest requestAt(ClaveStub stub, Instant at) {
        TestRequest r = TestRequest.valid(stub.endpoint().toString());
        r.instant = at.toString();
        return r;
    }

    private static ClaveStub stubAt(Instant at, boolean strict) {
        return ClaveStub.builder().strict(strict).clock(Clock.fixed(at, ZoneOffset.UTC)).start();
    }

    private static List<Finding> certificateFindings(ConformanceReport report) {
        return report.findings().stream().filter(f -> f.ruleId().equals("BND-5")).toList();
    }

    @Test
    @DisplayName("BND-5 a request signed with an expired certificate is answered, with a SHOULD warning naming the expiry")
    void expiredSigningCertificateIsWarned() {
        Instant notAfter = TestSp.signing().certificate().getNotAfter().toInstant();
        Instant later = notAfter.plus(Duration.ofDays(30));
        try (ClaveStub stub = stubAt(later, true)) {
            Page chooser = browser.post(stub.endpoint().toString(), requestAt(stub, later).form());
            assertEquals(200, chooser.status(), "a SHOULD finding does not stop the login, even in strict mode");
            assertTrue(chooser.body().contains("id=\"method-"), chooser.body());
            List<Finding> findings = certificateFindings(stub.lastExchange().report());
            assertEquals(1, findings.size(), stub.lastExchange().report().toString());
            assertEquals(Severity.SHOULD, findings.get(0).severity());
            assertTrue(findings.get(0).problem().contains("expired on " + notAfter), findings.get(0).problem());
            assertTrue(chooser.body().contains(findings.get(0).problem("es")), "the warning is on the chooser, in Spanish");
        }
    }

    @Test
    @DisplayName("BND-5 a request signed with a certificate that is not yet valid gets a SHOULD warning")
    void notYetValidSigningCertificateIsWarned() {
        Instant notBefore = TestSp.signing().certificate().getNotBefore().toInstant();
        Instant earlier = notBefore.minus(Duration.ofDays(2));
        try (ClaveStub stub = stubAt(earlier, true)) {
            browser.post(stub.endpoint().toString(), requestAt(stub, earlier).form());
            List<Finding> findings = certificateFindings(stub.lastExchange().report());
            assertEquals(1, findings.size(), stub.lastExchange().report().toString());
            assertEquals(Severity.SHOULD, findings.get(0).severity());
            assertTrue(findings.get(0).problem().contains("not valid until " + notBefore), findings.get(0).problem());
        }
    }

    @Test
    @DisplayName("BND-5 a certificate within its validity period gives no certificate finding")
    void validSigningCertificateGivesNoFinding() {
        try (ClaveStub stub = ClaveStub.builder().start()) {
            browser.post(stub.endpoint().toString(), TestRequest.valid(stub.endpoint().toString()).form());
            assertEquals(List.of(), certificateFindings(stub.lastExchange().report()));
        }
    }

    @Test
    @DisplayName("REQ-3 strict: the rejection names only the MUST findings; a SHOULD finding (BND-5) stays a warning")
    void strictRejectionListsOnlyMustFindings() {
        Instant later = TestSp.signing().certificate().getNotAfter().toInstant().plus(Duration.ofDays(30));
        try (ClaveStub stub = stubAt(later, true)) {
            TestRequest r = requestAt(stub, later);
            r.providerName = "no-separator";
            Page page = browser.post(stub.endpoint().toString(), r.form());
            ConformanceReport report = stub.lastExchange().report();
            assertTrue(report.hasFinding("BND-5") && report.hasFinding("REQ-3"), report.toString());
            assertEquals(List.of("REQ-3"), report.violatedRuleIds());
            assertEquals("rejected (strict mode): [REQ-3]", stub.lastExchange().outcome());
            String statusMessage = ResponseXml.decode(page.form().fields().get("SAMLResponse")).statusMessage();
            assertTrue(statusMessage.contains("REQ-3"), statusMessage);
            assertFalse(statusMessage.contains("BND-5"), statusMessage);
            assertTrue(page.body().contains("Rechazada (modo estricto) por incumplir: REQ-3<"), page.body());
        }
    }
}
