package es.clave.sp.diagnostics;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.keys.SpCredential;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.response.PipelineStep;
import es.clave.sp.testing.TestCredentials;
import es.clave.sp.testing.saml.ClaveResponseBuilder;
import es.clave.sp.testing.saml.ResponseTestSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The explain tool on real signed (and encrypted) responses: the verdict is the real pipeline's,
 * the failing step is named with its rules, and the message and identity are shown.
 */
class ResponseExplainerTest {

    private final Instant now = Instant.now();
    private final ClaveSpConfig config = ResponseTestSetup.config();
    private final PendingLogin pending = ResponseTestSetup.pending(now, LevelOfAssurance.SUBSTANTIAL);

    private ClaveResponseBuilder response() {
        return ClaveResponseBuilder.forLogin(pending, now);
    }

    private ExplainReport explain(String samlResponse) {
        return new ResponseExplainer(config).explain(ExplainRequest.of(samlResponse)
                .withRequestId(pending.requestId()).withReceivedAt(now)
                .withRequestedLoa(pending.requestedLoa()).withRequestIssuedAt(pending.issuedAt()));
    }

    /** @return the error the real service provider gives for the same response and pending login */
    private ClaveError realError(String samlResponse, ClaveSpConfig cfg) {
        ClaveServiceProvider sp = ResponseTestSetup.sp(cfg);
        return assertThrows(ClaveAuthenticationException.class, () -> sp.finishLogin(samlResponse, pending.relayState(),
                pending, ResponseTestSetup.client(now))).error();
    }

    private static void assertStatuses(ExplainReport r, PipelineStep failed) {
        boolean after = false;
        for (CheckResult c : r.checks()) {
            CheckStatus expected = c.step() == failed ? CheckStatus.FAIL : after ? CheckStatus.NOT_RUN : CheckStatus.PASS;
            assertEquals(expected, c.status(), c.step().name());
            after |= c.step() == failed;
        }
    }

    private static String fact(ExplainReport r, String name) {
        return r.facts().stream().filter(f -> f.name().equals(name)).map(Fact::value).findFirst().orElse(null);
    }

    @Test
    @DisplayName("explain: a valid response passes every named step and shows the verified identity")
    void explainWhenValidThenEveryStepPasses() {
        ClaveResponseBuilder r = response();
        ExplainReport report = explain(r.buildBase64());
        assertTrue(report.valid());
        assertNull(report.error());
        assertEquals(PipelineStep.values().length, report.checks().size());
        assertTrue(report.checks().stream().allMatch(c -> c.status() == CheckStatus.PASS));
        assertEquals("12345678Z", report.identity().getName());
        assertEquals(LevelOfAssurance.SUBSTANTIAL, report.identity().levelOfAssurance());
        assertEquals(r.responseId, fact(report, "Response ID"));
        assertEquals("yes (clave.trust.certificates)", fact(report, "Response KeyInfo certificate trusted"));
    }

    @Test
    @DisplayName("explain: RSP-2 a response signed by a certificate not yet trusted (Cl@ve rotation) fails at RESPONSE_SIGNATURE, says the KeyInfo certificate is not trusted, and still shows the unverified identity")
    void explainWhenSignedByUntrustedRotatedCertificateThenSignatureStepFails() {
        SpCredential rotated = TestCredentials.rsa("clave-rotated-untrusted", 2048);
        String saml = response().signedBy(rotated).buildBase64();
        ExplainReport report = explain(saml);

        assertFalse(report.valid());
        assertEquals(realError(saml, config), report.error());
        assertStatuses(report, PipelineStep.RESPONSE_SIGNATURE);
        assertTrue(fact(report, "Response KeyInfo certificate trusted").startsWith("NO"));
        assertTrue(fact(report, "Response KeyInfo certificate").contains("CN=clave-rotated-untrusted"));
        assertNotNull(report.hint());
        assertEquals("12345678Z", report.identity().getName(), "readable, though unverified");

        // trusting the rotated certificate through a trust source fixes it, as the pipeline will once it reads config.trustSource()
        ClaveSpConfig trusting = ResponseTestSetup.config(b -> b.addTrustedCertificate(rotated.certificate()));
        assertTrue(new ResponseExplainer(trusting).explain(ExplainRequest.of(saml).withRequestId(pending.requestId())
                .withReceivedAt(now)).valid());
    }

    @Test
    @DisplayName("explain: RSP-10 a response examined later than received fails on time; --received-at with the real time passes")
    void explainWhenReceivedAtMattersThenTimeStepDecides() {
        String saml = response().buildBase64();
        ExplainReport late = new ResponseExplainer(config).explain(ExplainRequest.of(saml)
                .withRequestId(pending.requestId()).withReceivedAt(now.plus(Duration.ofMinutes(30))));
        assertFalse(late.valid());
        assertEquals(ClaveError.ISSUE_INSTANT_OUT_OF_RANGE, late.error());
        assertStatuses(late, PipelineStep.ISSUE_INSTANT);
        assertTrue(late.hint().contains("--received-at"));

        assertTrue(explain(saml).valid());
    }

    @Test
    @DisplayName("explain: SEC-P1 a wrong --request-id fails at RESPONSE_ENVELOPE; without it the step passes with a note")
    void explainWhenRequestIdWrongThenEnvelopeFails() {
        String saml = response().buildBase64();
        ExplainReport wrong = new ResponseExplainer(config).explain(ExplainRequest.of(saml)
                .withRequestId("_another-request").withReceivedAt(now));
        assertEquals(ClaveError.IN_RESPONSE_TO_MISMATCH, wrong.error());
        assertStatuses(wrong, PipelineStep.RESPONSE_ENVELOPE);

        ExplainReport unknown = new ResponseExplainer(config).explain(ExplainRequest.of(saml).withReceivedAt(now));
        assertTrue(unknown.valid());
        CheckResult envelope = unknown.checks().get(PipelineStep.RESPONSE_ENVELOPE.ordinal());
        assertTrue(envelope.detail().contains("no request ID"), envelope.detail());
        assertTrue(unknown.assumptions().stream().anyMatch(a -> a.contains("--request-id")));
    }

    @Test
    @DisplayName("explain: RSP-9 a LoA below --requested-loa fails at AUTHN_CONTEXT with LOA_TOO_LOW")
    void explainWhenLoaTooLowThenAuthnContextFails() {
        String saml = response().buildBase64();
        ExplainReport report = new ResponseExplainer(config).explain(ExplainRequest.of(saml)
                .withRequestId(pending.requestId()).withReceivedAt(now).withRequestedLoa(LevelOfAssurance.HIGH));
        assertEquals(ClaveError.LOA_TOO_LOW, report.error());
        assertStatuses(report, PipelineStep.AUTHN_CONTEXT);
    }

    @Test
    @DisplayName("explain: RSP-3 an encrypted assertion is opened with the configured key and the identity shown")
    void explainWhenEncryptedThenDecryptedFacts() {
        ExplainReport report = explain(response().encrypted().buildBase64());
        assertTrue(report.valid());
        assertEquals("0 plain, 1 encrypted", fact(report, "Assertions"));
        assertNotNull(fact(report, "Decryption"));
        assertEquals("12345678Z", report.identity().getName());
    }

    @Test
    @DisplayName("explain: SEC-E4 an assertion encrypted for another key fails at ASSERTION_DECRYPTION and says the assertion could not be opened")
    void explainWhenEncryptedForAnotherKeyThenDecryptionFails() {
        String saml = response().encryptedFor(TestCredentials.rsa("someone-else", 2048).certificate().getPublicKey()).buildBase64();
        ExplainReport report = explain(saml);
        assertEquals(realError(saml, config), report.error());
        assertStatuses(report, PipelineStep.ASSERTION_DECRYPTION);
        assertTrue(report.problems().stream().anyMatch(p -> p.contains("could not be opened")));
        assertNull(report.identity());
    }

    @Test
    @DisplayName("explain: RSP-6 a cancellation status fails at STATUS with the citizen's error")
    void explainWhenCancelledThenStatusFails() {
        ClaveResponseBuilder r = response();
        r.statusCode = "urn:oasis:names:tc:SAML:2.0:status:Responder";
        r.subStatusCode = "urn:oasis:names:tc:SAML:2.0:status:RequestDenied";
        r.statusMessage = "User canceled the authentication";
        r.includeAssertion = false;
        ExplainReport report = explain(r.buildBase64());
        assertEquals(ClaveError.USER_CANCELLED, report.error());
        assertStatuses(report, PipelineStep.STATUS);
        assertEquals("User canceled the authentication", fact(report, "Status message"));
    }

    @Test
    @DisplayName("explain: SEC-X4 text that is not Base64 fails at DECODE; SEC-X1 a DOCTYPE fails at PARSE")
    void explainWhenNotBase64OrDoctypeThenEarlySteps() {
        ExplainReport notBase64 = explain("this is not base64!");
        assertEquals(ClaveError.MALFORMED_RESPONSE, notBase64.error());
        assertStatuses(notBase64, PipelineStep.DECODE);

        String doctype = Base64.getEncoder().encodeToString(("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e \"x\">]>"
                + "<r>&e;</r>").getBytes(StandardCharsets.UTF_8));
        ExplainReport dtd = explain(doctype);
        assertEquals(ClaveError.FORBIDDEN_XML_CONSTRUCT, dtd.error());
        assertStatuses(dtd, PipelineStep.PARSE);
    }

    @Test
    @DisplayName("explain: for every mutation the verdict is exactly the real service provider's")
    void explainAgreesWithTheRealPipeline() {
        List<ClaveResponseBuilder> mutations = List.of(
                mutate(b -> b.destination = "https://sp.example.es/clave/acs/"),
                mutate(b -> b.audiences = new java.util.ArrayList<>(List.of("https://other.example.es"))),
                mutate(b -> b.recipient = "https://evil.example/acs"),
                mutate(b -> b.notOnOrAfter = now.minusSeconds(120)),
                mutate(b -> b.loa = "http://eidas.europa.eu/LoA/unknown"),
                mutate(b -> b.attributes.remove(ClaveResponseBuilder.PERSON_IDENTIFIER)),
                mutate(b -> b.signResponse = false));
        for (ClaveResponseBuilder m : mutations) {
            String saml = m.buildBase64();
            ExplainReport report = explain(saml);
            ClaveError real = realError(saml, config);
            assertEquals(real, report.error(), "explain must report what the SP does");
            assertEquals(1, report.checks().stream().filter(c -> c.status() == CheckStatus.FAIL).count(), real.name());
        }
    }

    @Test
    @DisplayName("explain: nothing is stored; explaining a response twice, then using it for real, all succeed")
    void explainLeavesNoState() {
        String saml = response().buildBase64();
        assertTrue(explain(saml).valid());
        assertTrue(explain(saml).valid());
        assertEquals("12345678Z", ResponseTestSetup.sp(config).finishLogin(saml, pending.relayState(), pending,
                ResponseTestSetup.client(now)).getName());
    }

    private ClaveResponseBuilder mutate(java.util.function.Consumer<ClaveResponseBuilder> change) {
        ClaveResponseBuilder b = response();
        change.accept(b);
        return b;
    }
}
