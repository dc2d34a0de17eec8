package es.clave.sp.response;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.state.InMemoryReplayCache;
import es.clave.sp.state.ReplayCache;
import es.clave.sp.testing.TestCredentials;
import es.clave.sp.testing.saml.ClaveResponseBuilder;
import es.clave.sp.testing.saml.ResponseTestSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The pipeline tags each failure with the named step that threw it, from its own loop: no stack
 * reading, so the tag stays right however a check is written or refactored.
 */
class PipelineStepTaggingTest {

    private final Instant now = Instant.now();
    private final PendingLogin pending = ResponseTestSetup.pending(now, LevelOfAssurance.SUBSTANTIAL);
    private final List<PipelineStep> reported = new ArrayList<>();

    private ClaveError fail(LoginResponseProcessor processor, String samlResponse, PendingLogin pendingLogin) {
        return assertThrows(ClaveAuthenticationException.class, () -> processor.process(samlResponse,
                pending.relayState(), pendingLogin, ResponseTestSetup.client(now), reported::add)).error();
    }

    private static LoginResponseProcessor processor(ReplayCache cache) {
        return new LoginResponseProcessor(ResponseTestSetup.config(), cache);
    }

    @Test
    @DisplayName("SEC-W12 a Response signed by an untrusted key is tagged RESPONSE_SIGNATURE")
    void processWhenUntrustedSignatureThenResponseSignatureStep() {
        String saml = ClaveResponseBuilder.forLogin(pending, now).signedBy(TestCredentials.rsa("not-clave", 2048)).buildBase64();
        ClaveError error = fail(processor(new InMemoryReplayCache()), saml, pending);
        assertEquals(ClaveError.UNTRUSTED_SIGNING_KEY, error);
        assertEquals(List.of(PipelineStep.RESPONSE_SIGNATURE), reported);
    }

    @Test
    @DisplayName("SEC-X1 a DOCTYPE is tagged PARSE; BND-1 a missing SAMLResponse is tagged DECODE")
    void processWhenParseOrDecodeFailsThenThoseSteps() {
        String doctype = Base64.getEncoder().encodeToString("<!DOCTYPE x><x/>".getBytes(StandardCharsets.UTF_8));
        fail(processor(new InMemoryReplayCache()), doctype, pending);
        fail(processor(new InMemoryReplayCache()), " ", pending);
        assertEquals(List.of(PipelineStep.PARSE, PipelineStep.DECODE), reported);
    }

    @Test
    @DisplayName("RSP-11 a replayed response is tagged REPLAY; an unexpected error inside a step keeps that step")
    void processWhenReplayedOrUnexpectedErrorThenReplayStep() {
        LoginResponseProcessor processor = processor(new InMemoryReplayCache());
        String saml = ClaveResponseBuilder.forLogin(pending, now).buildBase64();
        processor.process(saml, pending.relayState(), pending, ResponseTestSetup.client(now), reported::add);
        assertEquals(List.of(), reported, "a valid response reports no failed step");
        assertEquals(ClaveError.REPLAYED, fail(processor, saml, pending));

        ReplayCache broken = (namespace, id, expiresAt) -> {
            throw new StackOverflowError("simulated");
        };
        String fresh = ClaveResponseBuilder.forLogin(pending, now).buildBase64();
        assertEquals(ClaveError.INTERNAL_ERROR, fail(processor(broken), fresh, pending));
        assertEquals(List.of(PipelineStep.REPLAY, PipelineStep.REPLAY), reported);
    }

    @Test
    @DisplayName("SEC-P1 the login's own preconditions (no pending login) are no named step: nothing is reported")
    void processWhenNoPendingLoginThenNoStep() {
        String saml = ClaveResponseBuilder.forLogin(pending, now).buildBase64();
        assertEquals(ClaveError.UNSOLICITED_RESPONSE, fail(processor(new InMemoryReplayCache()), saml, null));
        assertEquals(List.of(), reported);
    }
}
