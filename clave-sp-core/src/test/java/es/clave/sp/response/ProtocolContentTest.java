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

/** SEC-P6 … P11: issuer, status, LoA, subject confirmations, RelayState and attributes (RSP-1, RSP-6, RSP-8, RSP-9, RSP-12). */
class ProtocolContentTest extends ResponseTestSupport {

    // ---- P6 issuer ----------------------------------------------------------------------------

    @Test
    @DisplayName("SEC-P6 Response issuer differs from the pinned gateway issuer")
    void finishLoginWhenIssuerNotPinnedOneThenIssuerMismatch() {
        useConfig(ResponseTestSetup.config(b -> b.gatewayIssuer("https://pasarela.clave.gob.es/Proxy2/ServiceProvider")));
        assertRejected(ClaveError.ISSUER_MISMATCH, response().buildBase64());
    }

    @Test
    @DisplayName("SEC-P6 Response and Assertion issuers differ")
    void finishLoginWhenResponseAndAssertionIssuersDifferThenIssuerMismatch() {
        ClaveResponseBuilder r = response();
        r.assertionIssuer = "https://evil.example.es/idp";
        assertRejected(ClaveError.ISSUER_MISMATCH, r.buildBase64());
    }

    // ---- P7 status ----------------------------------------------------------------------------

    @Test
    @DisplayName("SEC-P7 Responder/RequestDenied with an assertion present is a cancellation, never an identity")
    void finishLoginWhenRequestDeniedWithAssertionThenUserCancelled() {
        ClaveResponseBuilder r = response();
        r.statusCode = "urn:oasis:names:tc:SAML:2.0:status:Responder";
        r.subStatusCode = "urn:oasis:names:tc:SAML:2.0:status:RequestDenied";
        r.statusMessage = "User canceled the authentication";
        assertRejected(ClaveError.USER_CANCELLED, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P7 AuthnFailed with an assertion present is a failure mapped from the status")
    void finishLoginWhenAuthnFailedWithAssertionThenAuthenticationFailed() {
        ClaveResponseBuilder r = response();
        r.statusCode = "urn:oasis:names:tc:SAML:2.0:status:Requester";
        r.subStatusCode = "urn:oasis:names:tc:SAML:2.0:status:AuthnFailed";
        assertRejected(ClaveError.AUTHENTICATION_FAILED, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P7 expired certificate status message without assertion")
    void finishLoginWhenCertificateExpiredStatusThenCertificateExpired() {
        ClaveResponseBuilder r = response();
        r.includeAssertion = false;
        r.statusCode = "urn:oasis:names:tc:SAML:2.0:status:Responder";
        r.subStatusCode = "urn:oasis:names:tc:SAML:2.0:status:AuthnFailed";
        r.statusMessage = "Authentication Failed (certificate not valid: El certificado está caducado)";
        assertRejected(ClaveError.CERTIFICATE_EXPIRED, r.buildBase64());
    }

    // ---- P8 LoA -------------------------------------------------------------------------------

    @Test
    @DisplayName("SEC-P8 LoA lower than requested")
    void finishLoginWhenLoaLowerThanRequestedThenLoaTooLow() {
        pending = ResponseTestSetup.pending(now, LevelOfAssurance.HIGH);
        assertRejected(ClaveError.LOA_TOO_LOW, response().buildBase64());
    }

    @Test
    @DisplayName("SEC-P8 unknown LoA URI")
    void finishLoginWhenLoaUnknownThenAuthnContextInvalid() {
        ClaveResponseBuilder r = response();
        r.loa = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport";
        assertRejected(ClaveError.AUTHN_CONTEXT_INVALID, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P8 AuthnContextClassRef missing")
    void finishLoginWhenLoaMissingThenAuthnContextInvalid() {
        ClaveResponseBuilder r = response();
        r.loa = null;
        assertRejected(ClaveError.AUTHN_CONTEXT_INVALID, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P8 AuthnStatement missing")
    void finishLoginWhenAuthnStatementMissingThenAuthnContextInvalid() {
        ClaveResponseBuilder r = response();
        r.beforeAssertionSigned = a -> a.removeChild(XmlDocs.child(a, SAML, "AuthnStatement"));
        assertRejected(ClaveError.AUTHN_CONTEXT_INVALID, r.buildBase64());
    }

    // ---- P9 subject confirmations ---------------------------------------------------------------

    @Test
    @DisplayName("SEC-P9 an invalid bearer confirmation next to a valid one: only the valid one counts")
    void finishLoginWhenInvalidAndValidBearerThenAccepted() {
        ClaveResponseBuilder r = response();
        r.beforeAssertionSigned = a -> addConfirmation(a, BEARER, "https://evil.example.es/acs");
        assertEquals("12345678Z", finish(r.buildBase64()).getName());
    }

    @Test
    @DisplayName("SEC-P9 a holder-of-key confirmation does not count; the only bearer one is invalid")
    void finishLoginWhenOnlyNonBearerValidThenRejected() {
        ClaveResponseBuilder r = response();
        r.recipient = "https://evil.example.es/acs";
        r.beforeAssertionSigned = a -> addConfirmation(a, "urn:oasis:names:tc:SAML:2.0:cm:holder-of-key", ResponseTestSetup.ACS);
        assertRejected(ClaveError.WRONG_RECIPIENT, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P9 several bearer confirmations, none valid")
    void finishLoginWhenSeveralBearersNoneValidThenSubjectConfirmationInvalid() {
        ClaveResponseBuilder r = response();
        r.recipient = "https://evil.example.es/acs";
        r.beforeAssertionSigned = a -> addConfirmation(a, BEARER, "https://evil2.example.es/acs");
        assertRejected(ClaveError.SUBJECT_CONFIRMATION_INVALID, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P9 bearer confirmation carrying NotBefore")
    void finishLoginWhenBearerHasNotBeforeThenSubjectConfirmationInvalid() {
        ClaveResponseBuilder r = response();
        r.beforeAssertionSigned = a -> XmlDocs.find(a, SAML, "SubjectConfirmationData").setAttribute("NotBefore", now.toString());
        assertRejected(ClaveError.SUBJECT_CONFIRMATION_INVALID, r.buildBase64());
    }

    @Test
    @DisplayName("RSP-8 Address checked when configured: another client address is rejected")
    void finishLoginWhenAddressDiffersAndCheckedThenSubjectConfirmationInvalid() {
        useConfig(ResponseTestSetup.config(b -> b.checkClientAddress(true)));
        ClaveResponseBuilder r = response();
        r.address = "198.51.100.7";
        assertRejected(ClaveError.SUBJECT_CONFIRMATION_INVALID, r.buildBase64());
    }

    @Test
    @DisplayName("RSP-8 Address checked when configured: the client's own address is accepted")
    void finishLoginWhenAddressMatchesAndCheckedThenAccepted() {
        useConfig(ResponseTestSetup.config(b -> b.checkClientAddress(true)));
        ClaveResponseBuilder r = response();
        r.address = "192.0.2.10";
        assertEquals("12345678Z", finish(r.buildBase64()).getName());
    }

    private static void addConfirmation(Element assertion, String method, String recipient) {
        Element existing = XmlDocs.find(assertion, SAML, "SubjectConfirmation");
        Element copy = (Element) existing.cloneNode(true);
        copy.setAttribute("Method", method);
        XmlDocs.child(copy, SAML, "SubjectConfirmationData").setAttribute("Recipient", recipient);
        existing.getParentNode().insertBefore(copy, existing);
    }

    // ---- P10 RelayState -------------------------------------------------------------------------

    @Test
    @DisplayName("SEC-P10 RelayState attribute different from the posted RelayState")
    void finishLoginWhenRelayStateAttributeDiffersThenMismatch() {
        assertRejected(ClaveError.RELAY_STATE_MISMATCH, response().attribute(RELAY_STATE, "rs-other").buildBase64());
    }

    @Test
    @DisplayName("SEC-P10 RelayState attribute missing")
    void finishLoginWhenRelayStateAttributeMissingThenMismatch() {
        ClaveResponseBuilder r = response();
        r.attributes.remove(RELAY_STATE);
        assertRejected(ClaveError.RELAY_STATE_MISMATCH, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P10 posted RelayState is not the pending login's")
    void finishLoginWhenPostedRelayStateDiffersThenMismatch() {
        String valid = response().buildBase64();
        assertRejected(ClaveError.RELAY_STATE_MISMATCH,
                () -> sp.finishLogin(valid, "rs-forged", pending, ResponseTestSetup.client(now)));
    }

    @Test
    @DisplayName("SEC-P10 RelayState unknown or already consumed: the store returns no pending login")
    void finishLoginWhenRelayStateAlreadyConsumedThenUnsolicited() {
        es.clave.sp.state.InMemoryPendingLoginStore store = new es.clave.sp.state.InMemoryPendingLoginStore();
        store.put(pending, java.time.Duration.ofMinutes(10));
        String valid = response().buildBase64();
        assertEquals("12345678Z", sp.finishLogin(valid, pending.relayState(),
                store.take(pending.relayState()).orElse(null), ResponseTestSetup.client(now)).getName());
        assertRejected(ClaveError.UNSOLICITED_RESPONSE, () -> sp.finishLogin(valid, pending.relayState(),
                store.take(pending.relayState()).orElse(null), ResponseTestSetup.client(now)));
    }

    // ---- P11 attributes -------------------------------------------------------------------------

    @Test
    @DisplayName("SEC-P11 PersonIdentifier with two values")
    void finishLoginWhenPersonIdentifierDuplicatedThenAttributeDuplicated() {
        assertRejected(ClaveError.ATTRIBUTE_DUPLICATED,
                response().attribute(PERSON_IDENTIFIER, "12345678Z", "87654321X").buildBase64());
    }

    @Test
    @DisplayName("SEC-P11 PersonIdentifier repeated as a second Attribute element")
    void finishLoginWhenPersonIdentifierAttributeRepeatedThenAttributeDuplicated() {
        ClaveResponseBuilder r = response();
        r.beforeAssertionSigned = a -> {
            Element attr = XmlDocs.attribute(a, PERSON_IDENTIFIER);
            Element copy = (Element) attr.cloneNode(true);
            XmlDocs.child(copy, SAML, "AttributeValue").setTextContent("87654321X");
            attr.getParentNode().appendChild(copy);
        };
        assertRejected(ClaveError.ATTRIBUTE_DUPLICATED, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-P11 FirstName with two values")
    void finishLoginWhenGivenNameDuplicatedThenAttributeDuplicated() {
        assertRejected(ClaveError.ATTRIBUTE_DUPLICATED, response().attribute(FIRST_NAME, "ANA", "EVA").buildBase64());
    }

    @Test
    @DisplayName("SEC-P11 PersonIdentifier missing")
    void finishLoginWhenPersonIdentifierMissingThenPersonIdentifierMissing() {
        ClaveResponseBuilder r = response();
        r.attributes.remove(PERSON_IDENTIFIER);
        assertRejected(ClaveError.PERSON_IDENTIFIER_MISSING, r.buildBase64());
    }
}
