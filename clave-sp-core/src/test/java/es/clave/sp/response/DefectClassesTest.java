package es.clave.sp.response;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.testing.saml.ClaveResponseBuilder;
import es.clave.sp.testing.saml.XmlDocs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The defect classes of the independent attack review, each tried on real signed messages: fixed
 * protocol URIs compared after XML whitespace collapsing and otherwise exactly, strict shapes of
 * IdP-signed messages (Issuer format, xsd:ID, validity cap, XML 1.0 only).
 */
class DefectClassesTest extends ResponseTestSupport {

    private static final String RESPONDER = "urn:oasis:names:tc:SAML:2.0:status:Responder";

    /** @return the error an unsigned, assertion-less gateway answer with top-level status {@code code} ends in */
    private ClaveError unsignedStatus(String code) {
        ClaveResponseBuilder r = response();
        r.includeAssertion = false;
        r.signResponse = false;
        r.statusCode = code;
        return assertThrows(ClaveAuthenticationException.class, () -> finish(r.buildBase64())).error();
    }

    @ParameterizedTest
    @ValueSource(strings = {" " + RESPONDER, RESPONDER + " ", "\t" + RESPONDER + "\n", "\r\n " + RESPONDER + " \r\n"})
    @DisplayName("SEC-P7 an unsigned status code padded with XML whitespace means the same as the exact URI, never INTERNAL_ERROR")
    void statusWhenPaddedWithXmlWhitespaceThenSameAsExact(String padded) {
        assertEquals(unsignedStatus(RESPONDER), unsignedStatus(padded));
    }

    @ParameterizedTest
    @ValueSource(strings = {"URN:OASIS:NAMES:TC:SAML:2.0:STATUS:RESPONDER", "urn:oasis:names:tc:SAML:2.0:status:Responder\u00a0",
            "urn:oasis:names:tc:SAML:2.0:status:Resp\u200Bonder", "urn:oasis:names:tc:SAML:2.0:status:Res\u0440onder", "urn:example:unknown"})
    @DisplayName("SEC-P7 a status code that differs in case, by a Unicode space, a zero-width or a look-alike letter is an unknown status, not INTERNAL_ERROR")
    void statusWhenCaseOrUnicodeVariantThenUnknownStatusNotInternalError(String variant) {
        ClaveError error = unsignedStatus(variant);
        assertNotEquals(ClaveError.INTERNAL_ERROR, error);
        assertEquals(unsignedStatus("urn:example:unknown"), error);
    }

    @Test
    @DisplayName("SEC-P8 a signed LoA URI padded with XML whitespace is the same level; a case variant is refused")
    void loaWhenPaddedThenSameLevelAndCaseVariantRefused() {
        ClaveResponseBuilder padded = response();
        padded.loa = "\n  http://eidas.europa.eu/LoA/substantial  \n";
        ClaveIdentity identity = finish(padded.buildBase64());
        assertEquals(LevelOfAssurance.SUBSTANTIAL, identity.levelOfAssurance());

        ClaveResponseBuilder upper = response();
        upper.loa = "http://eidas.europa.eu/LoA/SUBSTANTIAL";
        assertRejected(ClaveError.AUTHN_CONTEXT_INVALID, upper.buildBase64());
    }

    @Test
    @DisplayName("SEC-P6 a signed Issuer whose Format is not entity is refused with ISSUER_FORMAT_INVALID")
    void issuerWhenFormatNotEntityThenIssuerFormatInvalid() {
        ClaveResponseBuilder r = response();
        r.beforeResponseSigned = response -> XmlDocs.child(response, XmlDocs.SAML, "Issuer")
                .setAttribute("Format", "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent");
        assertRejected(ClaveError.ISSUER_FORMAT_INVALID, r.buildBase64());

        ClaveResponseBuilder inAssertion = response();
        inAssertion.beforeAssertionSigned = a -> XmlDocs.child(a, XmlDocs.SAML, "Issuer")
                .setAttribute("Format", "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified");
        assertRejected(ClaveError.ISSUER_FORMAT_INVALID, inAssertion.buildBase64());
    }

    @Test
    @DisplayName("SEC-P2 a signed ID or InResponseTo that is not an NCName (padded, leading digit) is refused with ID_INVALID")
    void idWhenNotNcNameThenIdInvalid() {
        ClaveResponseBuilder padded = response();
        padded.inResponseTo = pending.requestId() + " ";
        assertRejected(ClaveError.ID_INVALID, padded.buildBase64());

        ClaveResponseBuilder digit = response();
        digit.responseId = "1" + digit.responseId.substring(1);
        assertRejected(ClaveError.ID_INVALID, digit.buildBase64());

        ClaveResponseBuilder assertionId = response();
        assertionId.assertionId = "9-starts-with-a-digit";
        assertRejected(ClaveError.ID_INVALID, assertionId.buildBase64());
    }

    @Test
    @DisplayName("SEC-P5 a signed NotOnOrAfter centuries ahead is refused with VALIDITY_TOO_LONG; inside the cap it is accepted")
    void validityWhenBeyondCapThenValidityTooLong() {
        ClaveResponseBuilder conditions = response();
        conditions.notOnOrAfter = now.plus(Duration.ofDays(365L * 300));
        assertRejected(ClaveError.VALIDITY_TOO_LONG, conditions.buildBase64());

        ClaveResponseBuilder subject = response();
        subject.subjectNotOnOrAfter = now.plus(config.maxValidity()).plus(Duration.ofMinutes(1));
        assertRejected(ClaveError.VALIDITY_TOO_LONG, subject.buildBase64());

        ClaveResponseBuilder inside = response();
        inside.notOnOrAfter = now.plus(config.maxValidity()).minusSeconds(5);
        finish(inside.buildBase64());
    }

    @Test
    @DisplayName("SEC-X1 a validly signed response declared as XML 1.1 is refused with FORBIDDEN_XML_CONSTRUCT; 1.0 is accepted")
    void xmlWhenVersionOnePointOneThenForbidden() {
        String xml = XmlDocs.toXml(response().build());
        finish(XmlDocs.base64("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + xml));
        ClaveResponseBuilder again = response();
        String xml11 = "<?xml version=\"1.1\" encoding=\"UTF-8\"?>" + XmlDocs.toXml(again.build());
        assertRejected(ClaveError.FORBIDDEN_XML_CONSTRUCT, XmlDocs.base64(xml11));
    }
}
