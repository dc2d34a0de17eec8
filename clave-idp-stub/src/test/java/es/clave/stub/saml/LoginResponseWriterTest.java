package es.clave.stub.saml;

import es.clave.stub.ClaveMethod;
import es.clave.stub.Failure;
import es.clave.stub.Loa;
import es.clave.stub.TestUser;
import es.clave.stub.testing.ResponseXml;
import es.clave.stub.testing.TestSp;
import es.clave.stub.trust.StubKeys;
import es.clave.stub.trust.StubKeys.KeyAndCertificate;
import es.clave.stub.users.UserDirectory;
import es.clave.stub.xml.Dom;
import es.clave.stub.xml.Ns;
import es.clave.stub.xml.SecureXml;
import es.clave.stub.xml.XmlSigner;
import org.apache.xml.security.encryption.XMLCipher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Response the stub writes, checked against RSP-1 … RSP-12 without clave-sp-core. */
class LoginResponseWriterTest {

    private static final String REQUEST_ID = "_0123456789abcdef0123456789abcdef";
    private static final String RELAY = "relay-123";
    private static final KeyAndCertificate GATEWAY = StubKeys.generated(StubKeys.SIGNING);
    private final LoginResponseWriter writer = new LoginResponseWriter(SigningKeys.of(GATEWAY));
    private final Instant now = Instant.now();

    private LoginAnswer answer(ClaveMethod method, Failure failure, X509Certificate encryptFor) {
        TestUser user = UserDirectory.builtIn().find(method == ClaveMethod.EIDAS ? "eidas" : "representante").orElseThrow();
        return new LoginAnswer(REQUEST_ID, TestSp.ACS, RELAY, "http://localhost/Proxy2/ServiceProvider", user, method,
                Loa.SUBSTANTIAL, method.loa(), failure, "127.0.0.1", encryptFor, now);
    }

    private Element write(LoginAnswer a) {
        return SecureXml.parse(writer.write(a).getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    }

    private static Element child(Element e, String ns, String local) {
        return Dom.child(e, ns, local).orElseThrow(() -> new AssertionError("no " + local + " in " + e.getLocalName()));
    }

    private static String signatureMethod(Element signed) {
        return child(child(child(signed, Ns.DS, "Signature"), Ns.DS, "SignedInfo"), Ns.DS, "SignatureMethod").getAttribute("Algorithm");
    }

    @Test
    @DisplayName("RSP-1 RSP-2 RSP-4 RSP-5 success: Response and Assertion signed with RSA-SHA512, SHA-512, exclusive C14N, after Issuer")
    void successIsSignedTwice() {
        Element response = write(answer(ClaveMethod.AFIRMA, null, null));
        Element assertion = child(response, Ns.SAML, "Assertion");
        for (Element signed : List.of(response, assertion)) {
            assertTrue(ResponseXml.signatureValid(signed, GATEWAY.certificate()), signed.getLocalName());
            assertEquals(Ns.RSA_SHA512, signatureMethod(signed));
            Element signedInfo = child(child(signed, Ns.DS, "Signature"), Ns.DS, "SignedInfo");
            assertEquals(Ns.EXC_C14N, child(signedInfo, Ns.DS, "CanonicalizationMethod").getAttribute("Algorithm"));
            Element reference = child(signedInfo, Ns.DS, "Reference");
            assertEquals("#" + signed.getAttribute("ID"), reference.getAttribute("URI"));
            assertEquals(Ns.SHA512, child(reference, Ns.DS, "DigestMethod").getAttribute("Algorithm"));
            assertEquals("Issuer", Dom.children(signed).get(0).getLocalName());
            assertEquals("Signature", Dom.children(signed).get(1).getLocalName());
        }
        assertEquals(REQUEST_ID, response.getAttribute("InResponseTo"));
        assertEquals(TestSp.ACS, response.getAttribute("Destination"));
    }

    @Test
    @DisplayName("RSP-7 RSP-8 RSP-9 RSP-12 success: audience, bearer confirmation, LoA and the Cl@ve attributes")
    void successAssertionContent() {
        Element assertion = child(write(answer(ClaveMethod.AFIRMA, null, null)), Ns.SAML, "Assertion");
        Element conditions = child(assertion, Ns.SAML, "Conditions");
        assertEquals(TestSp.ACS, child(child(conditions, Ns.SAML, "AudienceRestriction"), Ns.SAML, "Audience").getTextContent());
        Element data = child(child(child(assertion, Ns.SAML, "Subject"), Ns.SAML, "SubjectConfirmation"), Ns.SAML, "SubjectConfirmationData");
        assertEquals(TestSp.ACS, data.getAttribute("Recipient"));
        assertEquals(REQUEST_ID, data.getAttribute("InResponseTo"));
        assertFalse(data.hasAttribute("NotBefore"));
        assertTrue(Instant.parse(data.getAttribute("NotOnOrAfter")).isAfter(now));
        assertEquals(Loa.HIGH.uri(), child(child(child(assertion, Ns.SAML, "AuthnStatement"), Ns.SAML, "AuthnContext"), Ns.SAML,
                "AuthnContextClassRef").getTextContent());
        List<String> names = Dom.children(child(assertion, Ns.SAML, "AttributeStatement"), Ns.SAML, "Attribute").stream()
                .map(a -> a.getAttribute("FriendlyName")).toList();
        assertEquals(List.of("PersonIdentifier", "FirstName", "FamilyName", "FirstSurname", "DateOfBirth", "SelectedIdP",
                "RelayState", "PartialAfirma"), names);
    }

    @Test
    @DisplayName("RSP-3 encrypted: EncryptedAssertion with AES-256-GCM, inline RSA-OAEP EncryptedKey, no CipherReference, decryptable")
    void encryptedAssertion() throws Exception {
        KeyAndCertificate recipient = TestSp.key("writer-encryption");
        Element response = write(answer(ClaveMethod.CLAVE_PIN, null, recipient.certificate()));
        assertTrue(Dom.child(response, Ns.SAML, "Assertion").isEmpty());
        Element encryptedData = child(child(response, Ns.SAML, "EncryptedAssertion"), Ns.XENC, "EncryptedData");
        assertEquals("http://www.w3.org/2009/xmlenc11#aes256-gcm", child(encryptedData, Ns.XENC, "EncryptionMethod").getAttribute("Algorithm"));
        Element encryptedKey = child(child(encryptedData, Ns.DS, "KeyInfo"), Ns.XENC, "EncryptedKey");
        assertEquals("http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p", child(encryptedKey, Ns.XENC, "EncryptionMethod").getAttribute("Algorithm"));
        assertFalse(SecureXml.toString(response).contains("CipherReference"));

        XmlSigner.init();
        Document doc = response.getOwnerDocument();
        XMLCipher keyCipher = XMLCipher.getInstance();
        keyCipher.init(XMLCipher.UNWRAP_MODE, recipient.privateKey());
        java.security.Key aes = keyCipher.decryptKey(keyCipher.loadEncryptedKey(doc, encryptedKey), XMLCipher.AES_256_GCM);
        XMLCipher dataCipher = XMLCipher.getInstance();
        dataCipher.init(XMLCipher.DECRYPT_MODE, aes);
        dataCipher.doFinal(doc, encryptedData);
        Element assertion = child(child(response, Ns.SAML, "EncryptedAssertion"), Ns.SAML, "Assertion");
        assertTrue(ResponseXml.signatureValid(assertion, GATEWAY.certificate()), "the decrypted assertion keeps its signature");
    }

    @Test
    @DisplayName("RSP-6 USER_CANCELLED: Responder / RequestDenied / 'User canceled the authentication', signed, no assertion")
    void cancellation() {
        Element response = write(answer(ClaveMethod.CLAVE_PIN, Failure.USER_CANCELLED, null));
        Element code = child(child(response, Ns.SAMLP, "Status"), Ns.SAMLP, "StatusCode");
        assertEquals(Failure.Status.RESPONDER, code.getAttribute("Value"));
        assertEquals(Failure.Status.REQUEST_DENIED, child(code, Ns.SAMLP, "StatusCode").getAttribute("Value"));
        assertEquals("User canceled the authentication", child(child(response, Ns.SAMLP, "Status"), Ns.SAMLP, "StatusMessage").getTextContent());
        assertTrue(Dom.child(response, Ns.SAML, "Assertion").isEmpty());
        assertTrue(ResponseXml.signatureValid(response, GATEWAY.certificate()));
    }

    @Test
    @DisplayName("SEC-W1 XSW_WRAPPED: the signature still validates, but over the Response hidden in ds:Object, not the outer one")
    void signatureWrapping() {
        Element response = write(answer(ClaveMethod.CLAVE_PIN, Failure.XSW_WRAPPED, null));
        Element signature = child(response, Ns.DS, "Signature");
        Element hidden = child(child(signature, Ns.DS, "Object"), Ns.SAMLP, "Response");
        String reference = child(child(signature, Ns.DS, "SignedInfo"), Ns.DS, "Reference").getAttribute("URI");
        assertEquals("#" + hidden.getAttribute("ID"), reference);
        assertNotEquals(hidden.getAttribute("ID"), response.getAttribute("ID"));
        hidden.setIdAttributeNS(null, "ID", true);
        assertTrue(validates(signature), "a real wrapping attack carries a valid signature");
        Element forged = child(response, Ns.SAML, "Assertion");
        assertEquals("00000000T", child(child(forged, Ns.SAML, "Subject"), Ns.SAML, "NameID").getTextContent());
    }

    @Test
    @DisplayName("RSP-2 SIGNATURE_BROKEN, RSP-5 SHA1_SIGNATURE, SEC-W12 UNTRUSTED_KEY, RSP-2 RESPONSE_UNSIGNED")
    void signatureFailures() {
        assertFalse(ResponseXml.signatureValid(write(answer(ClaveMethod.CLAVE_PIN, Failure.SIGNATURE_BROKEN, null)), GATEWAY.certificate()));
        Element sha1 = write(answer(ClaveMethod.CLAVE_PIN, Failure.SHA1_SIGNATURE, null));
        assertEquals(Ns.RSA_SHA1, signatureMethod(sha1));
        Element untrusted = write(answer(ClaveMethod.CLAVE_PIN, Failure.UNTRUSTED_KEY, null));
        assertFalse(ResponseXml.signatureValid(untrusted, GATEWAY.certificate()));
        assertTrue(ResponseXml.signatureValid(untrusted, StubKeys.generated(StubKeys.UNTRUSTED).certificate()));
        assertTrue(Dom.child(write(answer(ClaveMethod.CLAVE_PIN, Failure.RESPONSE_UNSIGNED, null)), Ns.DS, "Signature").isEmpty());
    }

    @Test
    @DisplayName("RSP-1 RSP-7 RSP-8 protocol failures change exactly the field they name")
    void protocolFailures() {
        assertNotEquals(REQUEST_ID, write(answer(ClaveMethod.CLAVE_PIN, Failure.WRONG_IN_RESPONSE_TO, null)).getAttribute("InResponseTo"));
        assertNotEquals(TestSp.ACS, write(answer(ClaveMethod.CLAVE_PIN, Failure.WRONG_DESTINATION, null)).getAttribute("Destination"));
        Element expired = child(child(write(answer(ClaveMethod.CLAVE_PIN, Failure.ASSERTION_EXPIRED, null)), Ns.SAML, "Assertion"), Ns.SAML, "Conditions");
        assertTrue(Instant.parse(expired.getAttribute("NotOnOrAfter")).isBefore(now));
        Element future = child(child(write(answer(ClaveMethod.CLAVE_PIN, Failure.ASSERTION_NOT_YET_VALID, null)), Ns.SAML, "Assertion"), Ns.SAML, "Conditions");
        assertTrue(Instant.parse(future.getAttribute("NotBefore")).isAfter(now));
        Element noId = child(write(answer(ClaveMethod.CLAVE_PIN, Failure.MISSING_PERSON_IDENTIFIER, null)), Ns.SAML, "Assertion");
        assertFalse(SecureXml.toString(noId).contains("PersonIdentifier\""));
    }

    private static boolean validates(Element signature) {
        try {
            return new org.apache.xml.security.signature.XMLSignature(signature, "", true).checkSignatureValue(GATEWAY.certificate().getPublicKey());
        } catch (Exception e) {
            return false;
        }
    }
}
