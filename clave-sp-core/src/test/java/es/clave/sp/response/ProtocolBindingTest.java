package es.clave.sp.response;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.error.ClaveError;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.state.InMemoryReplayCache;
import es.clave.sp.testing.saml.ClaveResponseBuilder;
import es.clave.sp.testing.saml.ResponseTestSetup;
import es.clave.sp.testing.saml.XmlDocs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.util.List;

import static es.clave.sp.testing.saml.ClaveResponseBuilder.*;
import static es.clave.sp.testing.saml.XmlDocs.SAML;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** SEC-P1 … P5: request binding, replay, endpoints, audience and time (RSP-1, RSP-7, RSP-8, RSP-10, RSP-11). */
class ProtocolBindingTest extends ResponseTestSupport {

    // ---- P1 InResponseTo / unsolicited ------------------------------------------------------

    @Test
    @DisplayName("SEC-P1 Response InResponseTo missing")
    void finishLoginWhenInResponseToMissingThenMismatch() {
        ClaveResponseBuilder r = response();
        r.inResponseTo = null;
        assertRejected(ClaveError.IN_RESPONSE_TO_MISMATCH, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P1 Response InResponseTo different from the pending request")
    void finishLoginWhenInResponseToDifferentThenMismatch() {
        ClaveResponseBuilder r = response();
        r.inResponseTo = ResponseTestSetup.randomId();
        assertRejected(ClaveError.IN_RESPONSE_TO_MISMATCH, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P1 response for another browser's pending login")
    void finishLoginWhenResponseBelongsToAnotherLoginThenMismatch() {
        PendingLogin other = ResponseTestSetup.pending(now, LevelOfAssurance.LOW);
        String forOther = ClaveResponseBuilder.forLogin(other, now).attribute(RELAY_STATE, pending.relayState()).buildBase64();
        assertRejected(ClaveError.IN_RESPONSE_TO_MISMATCH, forOther);
    }

    @Test
    @DisplayName("SEC-P1 SubjectConfirmationData InResponseTo different")
    void finishLoginWhenSubjectInResponseToDifferentThenMismatch() {
        ClaveResponseBuilder r = response();
        r.subjectInResponseTo = ResponseTestSetup.randomId();
        assertRejected(ClaveError.IN_RESPONSE_TO_MISMATCH, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P1 unsolicited (IdP-initiated) response: no pending login")
    void finishLoginWhenNoPendingLoginThenUnsolicited() {
        String valid = response().buildBase64();
        assertRejected(ClaveError.UNSOLICITED_RESPONSE,
                () -> sp.finishLogin(valid, pending.relayState(), null, ResponseTestSetup.client(now)));
    }

    // ---- P2 replay ----------------------------------------------------------------------------

    @Test
    @DisplayName("SEC-P2 the same Response delivered twice")
    void finishLoginWhenSameResponseTwiceThenReplayed() {
        String valid = response().buildBase64();
        finish(valid);
        assertRejected(ClaveError.REPLAYED, valid);
    }

    @Test
    @DisplayName("SEC-P2 the second copy arrives at another node sharing the replay cache")
    void finishLoginWhenReplayedAtAnotherNodeThenReplayed() {
        InMemoryReplayCache shared = new InMemoryReplayCache();
        ClaveServiceProvider node1 = ResponseTestSetup.sp(config, shared);
        ClaveServiceProvider node2 = ResponseTestSetup.sp(config, shared);
        String valid = response().buildBase64();
        node1.finishLogin(valid, pending.relayState(), pending, ResponseTestSetup.client(now));
        assertRejected(ClaveError.REPLAYED,
                () -> node2.finishLogin(valid, pending.relayState(), pending, ResponseTestSetup.client(now)));
    }

    @Test
    @DisplayName("SEC-P2 a known Assertion ID inside a new Response")
    void finishLoginWhenAssertionIdReusedThenReplayed() {
        ClaveResponseBuilder first = response();
        finish(first.buildBase64());
        ClaveResponseBuilder second = response();
        second.assertionId = first.assertionId;
        assertRejected(ClaveError.REPLAYED, second.buildBase64());
    }

    // ---- P3 Destination / Recipient -----------------------------------------------------------

    @Test
    @DisplayName("SEC-P3 Destination with a trailing slash")
    void finishLoginWhenDestinationTrailingSlashThenWrongDestination() {
        ClaveResponseBuilder r = response();
        r.destination = ResponseTestSetup.ACS + "/";
        assertRejected(ClaveError.WRONG_DESTINATION, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P3 Destination with another scheme")
    void finishLoginWhenDestinationHttpThenWrongDestination() {
        ClaveResponseBuilder r = response();
        r.destination = ResponseTestSetup.ACS.replace("https:", "http:");
        assertRejected(ClaveError.WRONG_DESTINATION, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P3 Destination with an explicit port")
    void finishLoginWhenDestinationWithPortThenWrongDestination() {
        ClaveResponseBuilder r = response();
        r.destination = "https://sp.example.es:443/clave/acs";
        assertRejected(ClaveError.WRONG_DESTINATION, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P3 Destination on another host")
    void finishLoginWhenDestinationOtherHostThenWrongDestination() {
        ClaveResponseBuilder r = response();
        r.destination = "https://evil.example.es/clave/acs";
        assertRejected(ClaveError.WRONG_DESTINATION, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P3 Destination missing")
    void finishLoginWhenDestinationMissingThenWrongDestination() {
        ClaveResponseBuilder r = response();
        r.destination = null;
        assertRejected(ClaveError.WRONG_DESTINATION, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P3 Recipient with another path")
    void finishLoginWhenRecipientDifferentThenWrongRecipient() {
        ClaveResponseBuilder r = response();
        r.recipient = "https://sp.example.es/clave/acs2";
        assertRejected(ClaveError.WRONG_RECIPIENT, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P3 Recipient with a trailing slash")
    void finishLoginWhenRecipientTrailingSlashThenWrongRecipient() {
        ClaveResponseBuilder r = response();
        r.recipient = ResponseTestSetup.ACS + "/";
        assertRejected(ClaveError.WRONG_RECIPIENT, r.buildBase64());
    }

    // ---- P4 Audience ----------------------------------------------------------------------------

    @Test
    @DisplayName("SEC-P4 Audience of another SP")
    void finishLoginWhenAudienceOtherThenWrongAudience() {
        ClaveResponseBuilder r = response();
        r.audiences = List.of("https://other.example.es/acs");
        assertRejected(ClaveError.WRONG_AUDIENCE, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P4 a second AudienceRestriction without the SP")
    void finishLoginWhenSecondRestrictionLacksSpThenWrongAudience() {
        ClaveResponseBuilder r = response();
        r.beforeAssertionSigned = a -> {
            Element conditions = XmlDocs.child(a, SAML, "Conditions");
            Element restriction = a.getOwnerDocument().createElementNS(SAML, "saml2:AudienceRestriction");
            Element audience = a.getOwnerDocument().createElementNS(SAML, "saml2:Audience");
            audience.setTextContent("https://other.example.es/acs");
            restriction.appendChild(audience);
            conditions.appendChild(restriction);
        };
        assertRejected(ClaveError.WRONG_AUDIENCE, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P4 no AudienceRestriction at all")
    void finishLoginWhenNoAudienceRestrictionThenWrongAudience() {
        ClaveResponseBuilder r = response();
        r.audiences = null;
        assertRejected(ClaveError.WRONG_AUDIENCE, r.buildBase64());
    }

    // ---- P5 time ------------------------------------------------------------------------------

    @Test
    @DisplayName("SEC-P5 Conditions NotBefore in the future beyond skew")
    void finishLoginWhenNotBeforeFutureThenNotYetValid() {
        ClaveResponseBuilder r = response();
        r.notBefore = now.plusSeconds(120);
        assertRejected(ClaveError.NOT_YET_VALID, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P5 Conditions NotBefore in the future within skew is accepted")
    void finishLoginWhenNotBeforeWithinSkewThenAccepted() {
        ClaveResponseBuilder r = response();
        r.notBefore = now.plusSeconds(30);
        assertEquals("12345678Z", finish(r.buildBase64()).getName());
    }

    @Test
    @DisplayName("SEC-P5 Conditions NotOnOrAfter in the past beyond skew")
    void finishLoginWhenNotOnOrAfterPastThenExpired() {
        ClaveResponseBuilder r = response();
        r.notOnOrAfter = now.minusSeconds(61);
        assertRejected(ClaveError.EXPIRED, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P5 Conditions NotOnOrAfter missing")
    void finishLoginWhenNotOnOrAfterMissingThenExpired() {
        ClaveResponseBuilder r = response();
        r.notOnOrAfter = null;
        assertRejected(ClaveError.EXPIRED, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P5 SubjectConfirmationData NotOnOrAfter in the past")
    void finishLoginWhenSubjectNotOnOrAfterPastThenExpired() {
        ClaveResponseBuilder r = response();
        r.subjectNotOnOrAfter = now.minusSeconds(90);
        assertRejected(ClaveError.EXPIRED, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P5 Response IssueInstant in the future beyond skew")
    void finishLoginWhenIssueInstantFutureThenOutOfRange() {
        ClaveResponseBuilder r = response();
        r.issueInstant = now.plusSeconds(120);
        assertRejected(ClaveError.ISSUE_INSTANT_OUT_OF_RANGE, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P5 Assertion IssueInstant before the request was issued")
    void finishLoginWhenAssertionIssuedBeforeRequestThenOutOfRange() {
        ClaveResponseBuilder r = response();
        r.assertionIssueInstant = pending.issuedAt().minusSeconds(120);
        assertRejected(ClaveError.ISSUE_INSTANT_OUT_OF_RANGE, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P5 response older than the maximum response age")
    void finishLoginWhenOlderThanMaxAgeThenOutOfRange() {
        pending = new PendingLogin(pending.requestId(), pending.relayState(), pending.requestedLoa(), pending.offeredMethods(),
                false, now.minusSeconds(3600), null, null);
        ClaveResponseBuilder r = ClaveResponseBuilder.forLogin(pending, now);
        r.issueInstant = now.minusSeconds(600);
        assertRejected(ClaveError.ISSUE_INSTANT_OUT_OF_RANGE, r.buildBase64());
    }
}
