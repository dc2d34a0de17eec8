package es.clave.sp.response;

import es.clave.sp.error.ClaveError;
import es.clave.sp.logout.PendingLogout;
import es.clave.sp.testing.saml.LogoutResponseBuilder;
import es.clave.sp.testing.saml.ResponseTestSetup;
import es.clave.sp.testing.saml.XmlSigner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

/** LGO-2: the gateway's LogoutResponse. */
class LogoutResponseTest extends ResponseTestSupport {

    private final PendingLogout pendingLogout = new PendingLogout(ResponseTestSetup.randomId(), "rs-logout-1",
            now.minusSeconds(5).truncatedTo(ChronoUnit.MILLIS), "/bye");

    private LogoutResponseBuilder answer() {
        return LogoutResponseBuilder.forLogout(pendingLogout, now);
    }

    private void finishLogout(String field) {
        sp.finishLogout(field, pendingLogout.relayState(), pendingLogout, ResponseTestSetup.client(now));
    }

    @Test
    @DisplayName("LGO-2 signed Success answer to the pending logout is accepted")
    void finishLogoutWhenValidThenAccepted() {
        assertDoesNotThrow(() -> finishLogout(answer().buildBase64()));
    }

    @Test
    @DisplayName("LGO-2 answer without Destination is accepted (Destination is optional)")
    void finishLogoutWhenNoDestinationThenAccepted() {
        LogoutResponseBuilder a = answer();
        a.destination = null;
        assertDoesNotThrow(() -> finishLogout(a.buildBase64()));
    }

    @Test
    @DisplayName("LGO-2 non-success status is LOGOUT_FAILED")
    void finishLogoutWhenStatusNotSuccessThenLogoutFailed() {
        LogoutResponseBuilder a = answer();
        a.statusCode = "urn:oasis:names:tc:SAML:2.0:status:Responder";
        a.statusMessage = "session not found";
        assertRejected(ClaveError.LOGOUT_FAILED, () -> finishLogout(a.buildBase64()));
    }

    @Test
    @DisplayName("LGO-2 unsigned answer is rejected")
    void finishLogoutWhenUnsignedThenSignatureMissing() {
        LogoutResponseBuilder a = answer();
        a.sign = false;
        assertRejected(ClaveError.SIGNATURE_MISSING, () -> finishLogout(a.buildBase64()));
    }

    @Test
    @DisplayName("LGO-2 answer signed by an unknown key is rejected")
    void finishLogoutWhenSignedByAttackerThenUntrusted() {
        LogoutResponseBuilder a = answer();
        a.signature = XmlSigner.Options.standard(ResponseTestSetup.attacker().privateKey(), ResponseTestSetup.attacker().certificate());
        assertRejected(ClaveError.UNTRUSTED_SIGNING_KEY, () -> finishLogout(a.buildBase64()));
    }

    @Test
    @DisplayName("LGO-2 / SEC-S1 answer signed with RSA-SHA1 is rejected")
    void finishLogoutWhenRsaSha1ThenAlgorithmNotAllowed() {
        LogoutResponseBuilder a = answer();
        a.signature = a.signature.withAlgorithm(XmlSigner.RSA_SHA1);
        assertRejected(ClaveError.SIGNATURE_ALGORITHM_NOT_ALLOWED, () -> finishLogout(a.buildBase64()));
    }

    @Test
    @DisplayName("LGO-2 InResponseTo of another logout request")
    void finishLogoutWhenInResponseToDifferentThenMismatch() {
        LogoutResponseBuilder a = answer();
        a.inResponseTo = ResponseTestSetup.randomId();
        assertRejected(ClaveError.IN_RESPONSE_TO_MISMATCH, () -> finishLogout(a.buildBase64()));
    }

    @Test
    @DisplayName("LGO-2 Destination other than the logout return URL")
    void finishLogoutWhenDestinationDifferentThenWrongDestination() {
        LogoutResponseBuilder a = answer();
        a.destination = ResponseTestSetup.ACS;
        assertRejected(ClaveError.WRONG_DESTINATION, () -> finishLogout(a.buildBase64()));
    }

    @Test
    @DisplayName("LGO-2 the same answer twice is REPLAYED")
    void finishLogoutWhenReplayedThenReplayed() {
        String field = answer().buildBase64();
        finishLogout(field);
        assertRejected(ClaveError.REPLAYED, () -> finishLogout(field));
    }

    @Test
    @DisplayName("LGO-2 no pending logout is UNSOLICITED_RESPONSE")
    void finishLogoutWhenNoPendingThenUnsolicited() {
        String field = answer().buildBase64();
        assertRejected(ClaveError.UNSOLICITED_RESPONSE,
                () -> sp.finishLogout(field, pendingLogout.relayState(), null, ResponseTestSetup.client(now)));
    }

    @Test
    @DisplayName("LGO-2 / SEC-X4 oversized answer is rejected before decoding")
    void finishLogoutWhenTooLargeThenTooLarge() {
        assertRejected(ClaveError.RESPONSE_TOO_LARGE, () -> finishLogout("A".repeat(256 * 1024 + 4)));
    }

    @Test
    @DisplayName("LGO-2 missing answer is RESPONSE_MISSING")
    void finishLogoutWhenMissingThenResponseMissing() {
        assertRejected(ClaveError.RESPONSE_MISSING, () -> finishLogout(null));
    }

    @Test
    @DisplayName("LGO-2 / SEC-X1 DOCTYPE in the answer is rejected")
    void finishLogoutWhenDoctypeThenForbidden() {
        String xml = new String(java.util.Base64.getDecoder().decode(answer().buildBase64()), java.nio.charset.StandardCharsets.UTF_8);
        assertRejected(ClaveError.FORBIDDEN_XML_CONSTRUCT,
                () -> finishLogout(es.clave.sp.testing.saml.XmlDocs.base64("<!DOCTYPE x [<!ENTITY e \"e\">]>" + xml)));
    }

    @Test
    @DisplayName("LGO-2 posted RelayState other than the pending logout's")
    void finishLogoutWhenRelayStateDiffersThenMismatch() {
        String field = answer().buildBase64();
        assertRejected(ClaveError.RELAY_STATE_MISMATCH,
                () -> sp.finishLogout(field, "rs-other", pendingLogout, ResponseTestSetup.client(now)));
    }

    @Test
    @DisplayName("LGO-2 IssueInstant before the logout request")
    void finishLogoutWhenIssuedBeforeRequestThenOutOfRange() {
        LogoutResponseBuilder a = answer();
        a.issueInstant = pendingLogout.issuedAt().minusSeconds(600);
        assertRejected(ClaveError.ISSUE_INSTANT_OUT_OF_RANGE, () -> finishLogout(a.buildBase64()));
    }
}
