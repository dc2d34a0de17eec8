package es.clave.sp.response;

import es.clave.sp.error.ClaveError;
import es.clave.sp.testing.saml.ClaveResponseBuilder;
import es.clave.sp.testing.saml.ResponseTestSetup;
import es.clave.sp.testing.saml.XmlDocs;
import es.clave.sp.testing.saml.XmlSigner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static es.clave.sp.testing.saml.XmlDocs.DS;
import static es.clave.sp.testing.saml.XmlDocs.SAML;
import static es.clave.sp.testing.saml.XmlDocs.SAMLP;

/**
 * SEC-W: XML signature wrapping. Each test starts from a real signed Response and rearranges it
 * the way the XSW attacks of "On Breaking SAML" do.
 */
class SignatureWrappingTest extends ResponseTestSupport {

    @Test
    @DisplayName("SEC-W1 signed Response hidden inside its own Signature, evil Response around it")
    void finishLoginWhenSignedResponseHiddenInSignatureThenReferenceInvalid() {
        Document d = response().build();
        Element response = d.getDocumentElement();
        Element original = (Element) response.cloneNode(true);
        Element signature = XmlDocs.child(response, DS, "Signature");
        response.setAttribute("ID", ResponseTestSetup.randomId());
        Element assertion = assertionOf(d);
        response.replaceChild(evilCopy(assertion, ResponseTestSetup.randomId()), assertion);
        Element object = d.createElementNS(DS, "ds:Object");
        object.appendChild(original);
        signature.appendChild(object);
        assertRejected(ClaveError.SIGNATURE_REFERENCE_INVALID, d);
    }

    @Test
    @DisplayName("SEC-W2 signed Response placed beside the Signature of an evil Response")
    void finishLoginWhenSignedResponseBesideSignatureThenReferenceInvalid() {
        Document d = response().build();
        Element response = d.getDocumentElement();
        Element original = (Element) response.cloneNode(true);
        Element signature = XmlDocs.child(response, DS, "Signature");
        response.setAttribute("ID", ResponseTestSetup.randomId());
        Element assertion = assertionOf(d);
        response.replaceChild(evilCopy(assertion, ResponseTestSetup.randomId()), assertion);
        response.insertBefore(original, signature);
        assertRejected(ClaveError.SIGNATURE_REFERENCE_INVALID, d);
    }

    @Test
    @DisplayName("SEC-W3 evil unsigned Assertion inserted before the signed one")
    void finishLoginWhenEvilAssertionBeforeSignedOneThenAssertionCountInvalid() {
        Document d = response().build();
        Element assertion = assertionOf(d);
        d.getDocumentElement().insertBefore(evilCopy(assertion, ResponseTestSetup.randomId()), assertion);
        assertRejected(ClaveError.ASSERTION_COUNT_INVALID, d);
    }

    @Test
    @DisplayName("SEC-W4 evil Assertion wrapping the signed one")
    void finishLoginWhenEvilAssertionWrapsSignedOneThenSignatureInvalid() {
        Document d = response().build();
        Element assertion = assertionOf(d);
        Element evil = evilCopy(assertion, ResponseTestSetup.randomId());
        d.getDocumentElement().replaceChild(evil, assertion);
        evil.appendChild(assertion);
        // the Response signature covers the whole Response: the swap is detected there
        assertRejected(ClaveError.SIGNATURE_INVALID, d);
    }

    @Test
    @DisplayName("SEC-W5 signed Assertion re-ID'd and changed, untouched copy appended")
    void finishLoginWhenSignedAssertionReIdentifiedAndCopyAppendedThenAssertionCountInvalid() {
        Document d = response().build();
        Element assertion = assertionOf(d);
        Element untouched = (Element) assertion.cloneNode(true);
        assertion.setAttribute("ID", ResponseTestSetup.randomId());
        setPersonIdentifier(assertion, "87654321X");
        d.getDocumentElement().appendChild(untouched);
        assertRejected(ClaveError.ASSERTION_COUNT_INVALID, d);
    }

    @Test
    @DisplayName("SEC-W6 copy of the signed Assertion inside ds:Object of the consumed one's Signature")
    void finishLoginWhenSignedCopyInsideSignatureObjectThenReferenceInvalid() {
        Document d = response().build();
        Element assertion = assertionOf(d);
        Element untouched = (Element) assertion.cloneNode(true);
        assertion.setAttribute("ID", ResponseTestSetup.randomId());
        setPersonIdentifier(assertion, "87654321X");
        Element object = d.createElementNS(DS, "ds:Object");
        object.appendChild(untouched);
        XmlDocs.child(assertion, DS, "Signature").appendChild(object);
        // even with a valid Response signature, the consumed assertion's own signature is over another element
        assertRejected(ClaveError.SIGNATURE_REFERENCE_INVALID, resigned(d));
    }

    @Test
    @DisplayName("SEC-W7 signed Assertion copied into samlp:Extensions, evil Assertion with the same ID consumed")
    void finishLoginWhenSignedCopyInExtensionsThenReferenceInvalid() {
        Document d = response().build();
        Element response = d.getDocumentElement();
        Element assertion = assertionOf(d);
        Element extensions = d.createElementNS(SAMLP, "saml2p:Extensions");
        response.insertBefore(extensions, XmlDocs.child(response, SAMLP, "Status"));
        extensions.appendChild(assertion.cloneNode(true));
        response.replaceChild(evilCopy(assertion, assertion.getAttribute("ID")), assertion);
        assertRejected(ClaveError.SIGNATURE_REFERENCE_INVALID, d);
    }

    @Test
    @DisplayName("SEC-W8 signed Assertion hidden in the Advice of an evil Assertion")
    void finishLoginWhenSignedAssertionInAdviceThenSignatureInvalid() {
        Document d = response().build();
        Element assertion = assertionOf(d);
        Element evil = evilCopy(assertion, ResponseTestSetup.randomId());
        Element advice = d.createElementNS(SAML, "saml2:Advice");
        evil.insertBefore(advice, XmlDocs.child(evil, SAML, "AuthnStatement"));
        d.getDocumentElement().replaceChild(evil, assertion);
        advice.appendChild(assertion);
        assertRejected(ClaveError.SIGNATURE_INVALID, d);
    }

    @Test
    @DisplayName("SEC-W9 valid signature over the Assertion placed as the Response's signature")
    void finishLoginWhenResponseSignatureCoversAnotherElementThenReferenceInvalid() {
        ClaveResponseBuilder r = response();
        r.signResponse = false;
        Document d = r.build();
        Element response = d.getDocumentElement();
        Element assertionSignature = XmlDocs.child(assertionOf(d), DS, "Signature");
        response.insertBefore(assertionSignature, XmlDocs.child(response, SAML, "Issuer").getNextSibling());
        assertRejected(ClaveError.SIGNATURE_REFERENCE_INVALID, d);
    }

    @Test
    @DisplayName("SEC-W10 Reference URI=\"\" (whole document) signed by the trusted key")
    void finishLoginWhenReferenceUriEmptyThenReferenceInvalid() {
        ClaveResponseBuilder r = response();
        r.responseSignature = r.responseSignature.withReferenceUri("");
        assertRejected(ClaveError.SIGNATURE_REFERENCE_INVALID, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-W10 Reference URI #xpointer(id('…')) signed by the trusted key")
    void finishLoginWhenReferenceUriXpointerThenReferenceInvalid() {
        ClaveResponseBuilder r = response();
        r.responseSignature = r.responseSignature.withReferenceUri("#xpointer(id('" + r.responseId + "'))");
        assertRejected(ClaveError.SIGNATURE_REFERENCE_INVALID, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-W10 Response signature referencing a non-parent element (the Assertion)")
    void finishLoginWhenReferenceToNonParentThenReferenceInvalid() {
        ClaveResponseBuilder r = response();
        r.signAssertion = false;
        r.responseSignature = r.responseSignature.withReferenceUri("#" + r.assertionId);
        assertRejected(ClaveError.SIGNATURE_REFERENCE_INVALID, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-W10 duplicate IDs in the document")
    void finishLoginWhenDuplicateIdsThenReferenceInvalid() {
        ClaveResponseBuilder r = response();
        r.beforeResponseSigned = resp -> XmlDocs.child(resp, SAMLP, "Status").setAttribute("ID", r.assertionId);
        assertRejected(ClaveError.SIGNATURE_REFERENCE_INVALID, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-W11 two Assertions in a validly signed Response")
    void finishLoginWhenTwoAssertionsThenAssertionCountInvalid() {
        Document d = response().build();
        Element second = (Element) assertionOf(d).cloneNode(true);
        second.setAttribute("ID", ResponseTestSetup.randomId());
        d.getDocumentElement().appendChild(second);
        assertRejected(ClaveError.ASSERTION_COUNT_INVALID, resigned(d));
    }

    @Test
    @DisplayName("SEC-W11 two EncryptedAssertions in a validly signed Response")
    void finishLoginWhenTwoEncryptedAssertionsThenAssertionCountInvalid() {
        Document d = response().encrypted().build();
        Element encrypted = XmlDocs.child(d.getDocumentElement(), SAML, "EncryptedAssertion");
        d.getDocumentElement().appendChild(encrypted.cloneNode(true));
        assertRejected(ClaveError.ASSERTION_COUNT_INVALID, resigned(d));
    }

    @Test
    @DisplayName("SEC-W11 a plain Assertion next to an EncryptedAssertion")
    void finishLoginWhenPlainAndEncryptedAssertionThenAssertionCountInvalid() {
        Document d = response().encrypted().build();
        Element plain = assertionOf(response().build());
        d.getDocumentElement().appendChild(d.importNode(plain, true));
        assertRejected(ClaveError.ASSERTION_COUNT_INVALID, resigned(d));
    }

    @Test
    @DisplayName("SEC-W12 Response signature removed")
    void finishLoginWhenResponseSignatureRemovedThenSignatureMissing() {
        Document d = response().build();
        XmlSigner.removeSignature(d.getDocumentElement());
        assertRejected(ClaveError.SIGNATURE_MISSING, d);
    }

    @Test
    @DisplayName("SEC-W12 Response signed by an unknown key, no KeyInfo")
    void finishLoginWhenSignedByUnknownKeyThenUntrusted() {
        ClaveResponseBuilder r = response().signedBy(ResponseTestSetup.attacker());
        r.responseSignature = r.responseSignature.withKeyInfo(null);
        assertRejected(ClaveError.UNTRUSTED_SIGNING_KEY, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-W12 valid signature by an attacker key embedded in KeyInfo")
    void finishLoginWhenAttackerKeyInKeyInfoThenUntrusted() {
        assertRejected(ClaveError.UNTRUSTED_SIGNING_KEY, response().signedBy(ResponseTestSetup.attacker()).buildBase64());
    }

    @Test
    @DisplayName("SEC-W12 attacker signature whose KeyInfo names the trusted Cl@ve certificate")
    void finishLoginWhenKeyInfoClaimsTrustedCertificateThenUntrusted() {
        ClaveResponseBuilder r = response().signedBy(ResponseTestSetup.attacker());
        r.responseSignature = r.responseSignature.withKeyInfo(ResponseTestSetup.gateway().certificate());
        assertRejected(ClaveError.UNTRUSTED_SIGNING_KEY, r.buildBase64());
    }

    @Test
    @DisplayName("RSP-4 / SEC-W12 assertion signed by an unknown key inside a valid Response")
    void finishLoginWhenAssertionSignedByUnknownKeyThenUntrusted() {
        ClaveResponseBuilder r = response();
        r.assertionSignature = XmlSigner.Options.standard(ResponseTestSetup.attacker().privateKey(),
                ResponseTestSetup.attacker().certificate());
        assertRejected(ClaveError.UNTRUSTED_SIGNING_KEY, r.buildBase64());
    }
}
