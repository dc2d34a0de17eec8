package es.clave.sp.response;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.testing.saml.ClaveResponseBuilder;
import es.clave.sp.testing.saml.ResponseTestSetup;
import es.clave.sp.testing.saml.XmlDocs;
import es.clave.sp.testing.saml.XmlEncrypter;
import es.clave.sp.testing.saml.XmlSigner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static es.clave.sp.testing.saml.XmlDocs.DS;
import static es.clave.sp.testing.saml.XmlDocs.SAML;
import static es.clave.sp.testing.saml.XmlDocs.XENC;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SEC-E: encrypted assertions (RSP-3), built with XMLCipher and signed by the trusted gateway key. */
class EncryptionTest extends ResponseTestSupport {

    private static final String XENC11 = "http://www.w3.org/2009/xmlenc11#";

    private ClaveResponseBuilder encrypted(String keyTransport, String data) {
        ClaveResponseBuilder r = response().encrypted();
        r.encryption = new XmlEncrypter.Options(r.encryption.recipient(), keyTransport, data);
        return r;
    }

    private static Element encryptedData(Element response) {
        return XmlDocs.child(XmlDocs.child(response, SAML, "EncryptedAssertion"), XENC, "EncryptedData");
    }

    private static Element encryptedKey(Element response) {
        return XmlDocs.find(encryptedData(response), XENC, "EncryptedKey");
    }

    @Test
    @DisplayName("SEC-E1 rsa-1_5 key transport is rejected")
    void finishLoginWhenRsa15ThenEncryptionAlgorithmNotAllowed() {
        assertRejected(ClaveError.ENCRYPTION_ALGORITHM_NOT_ALLOWED,
                encrypted(XmlEncrypter.RSA_1_5, XmlEncrypter.AES256_GCM).buildBase64());
    }

    @Test
    @DisplayName("SEC-E2 AES-256-CBC content encryption is rejected")
    void finishLoginWhenAesCbcThenEncryptionAlgorithmNotAllowed() {
        assertRejected(ClaveError.ENCRYPTION_ALGORITHM_NOT_ALLOWED,
                encrypted(XmlEncrypter.RSA_OAEP_MGF1P, XmlEncrypter.AES256_CBC).buildBase64());
    }

    @Test
    @DisplayName("SEC-E2 GCM ciphertext relabelled as AES-CBC is rejected")
    void finishLoginWhenGcmRelabelledAsCbcThenEncryptionAlgorithmNotAllowed() {
        ClaveResponseBuilder r = response().encrypted();
        r.beforeResponseSigned = resp -> XmlDocs.child(encryptedData(resp), XENC, "EncryptionMethod")
                .setAttribute("Algorithm", XmlEncrypter.AES256_CBC);
        assertRejected(ClaveError.ENCRYPTION_ALGORITHM_NOT_ALLOWED, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-E3 CipherReference in EncryptedData is rejected before decryption")
    void finishLoginWhenCipherReferenceInDataThenForbidden() {
        ClaveResponseBuilder r = response().encrypted();
        r.beforeResponseSigned = resp -> replaceCipherValue(XmlDocs.child(encryptedData(resp), XENC, "CipherData"));
        assertRejected(ClaveError.CIPHER_REFERENCE_FORBIDDEN, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-E3 CipherReference in the EncryptedKey is rejected before decryption")
    void finishLoginWhenCipherReferenceInKeyThenForbidden() {
        ClaveResponseBuilder r = response().encrypted();
        r.beforeResponseSigned = resp -> replaceCipherValue(XmlDocs.child(encryptedKey(resp), XENC, "CipherData"));
        assertRejected(ClaveError.CIPHER_REFERENCE_FORBIDDEN, r.buildBase64());
    }

    private static void replaceCipherValue(Element cipherData) {
        Element reference = cipherData.getOwnerDocument().createElementNS(XENC, "xenc:CipherReference");
        reference.setAttribute("URI", "http://127.0.0.1:9/ciphertext");
        cipherData.replaceChild(reference, XmlDocs.child(cipherData, XENC, "CipherValue"));
    }

    @Test
    @DisplayName("SEC-E4 assertion encrypted for another key fails with the generic DECRYPTION_FAILED")
    void finishLoginWhenEncryptedForOtherKeyThenDecryptionFailed() {
        assertRejected(ClaveError.DECRYPTION_FAILED,
                response().encryptedFor(ResponseTestSetup.attacker().certificate().getPublicKey()).buildBase64());
    }

    @Test
    @DisplayName("SEC-E4 tampered ciphertext fails with the same generic DECRYPTION_FAILED")
    void finishLoginWhenCiphertextTamperedThenDecryptionFailed() {
        ClaveResponseBuilder r = response().encrypted();
        r.beforeResponseSigned = resp -> {
            Element value = XmlDocs.find(XmlDocs.child(encryptedData(resp), XENC, "CipherData"), XENC, "CipherValue");
            byte[] c = Base64.getMimeDecoder().decode(value.getTextContent());
            c[c.length / 2] ^= 1;
            value.setTextContent(Base64.getEncoder().encodeToString(c));
        };
        assertRejected(ClaveError.DECRYPTION_FAILED, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-E4 characters outside Base64 in the CipherValue are refused, not skipped as Santuario's decoder would")
    void finishLoginWhenCipherValueHasJunkThenDecryptionFailed() {
        assertRejected(ClaveError.DECRYPTION_FAILED, withJunkInCipherValue(EncryptionTest::encryptedData));
    }

    @Test
    @DisplayName("SEC-E4 characters outside Base64 in the EncryptedKey's CipherValue are refused too, not skipped")
    void finishLoginWhenKeyCipherValueHasJunkThenDecryptionFailed() {
        assertRejected(ClaveError.DECRYPTION_FAILED, withJunkInCipherValue(EncryptionTest::encryptedKey));
    }

    private String withJunkInCipherValue(java.util.function.UnaryOperator<Element> encrypted) {
        ClaveResponseBuilder r = response().encrypted();
        r.beforeResponseSigned = resp -> {
            Element value = XmlDocs.find(XmlDocs.child(encrypted.apply(resp), XENC, "CipherData"), XENC, "CipherValue");
            String text = value.getTextContent();
            value.setTextContent(text.substring(0, 8) + "!!" + text.substring(8));
        };
        return r.buildBase64();
    }

    @Test
    @DisplayName("SEC-E4 an EncryptedData CipherValue shorter than a GCM nonce and tag (27 bytes) is refused on its length; 28 bytes reach the keys")
    void finishLoginWhenCipherValueShorterThanNonceAndTagThenTooShort() {
        ClaveAuthenticationException tooShort = assertRejected(ClaveError.DECRYPTION_FAILED, withDataCipherValueOf(27));
        assertTrue(tooShort.getMessage().contains("too short"), tooShort.getMessage());

        // an empty plaintext's nonce and tag: long enough to be GCM, so it is the key that fails
        ClaveAuthenticationException notOpened = assertRejected(ClaveError.DECRYPTION_FAILED, withDataCipherValueOf(28));
        assertTrue(notOpened.getMessage().contains("no configured decryption key opens"), notOpened.getMessage());
    }

    private String withDataCipherValueOf(int bytes) {
        ClaveResponseBuilder r = response().encrypted();
        r.beforeResponseSigned = resp -> XmlDocs.find(XmlDocs.child(encryptedData(resp), XENC, "CipherData"), XENC, "CipherValue")
                .setTextContent(Base64.getEncoder().encodeToString(new byte[bytes]));
        return r.buildBase64();
    }

    @Test
    @DisplayName("SEC-E2 a content key shorter than its algorithm (AES-128 key labelled aes256-gcm) is never used")
    void finishLoginWhenContentKeyShorterThanAlgorithmThenDecryptionFailed() {
        ClaveResponseBuilder r = encrypted(XmlEncrypter.RSA_OAEP_MGF1P, XmlEncrypter.AES128_GCM);
        r.beforeResponseSigned = resp -> XmlDocs.child(encryptedData(resp), XENC, "EncryptionMethod")
                .setAttribute("Algorithm", XmlEncrypter.AES256_GCM);
        assertRejected(ClaveError.DECRYPTION_FAILED, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-E1 an RSA-OAEP DigestMethod outside the allow-list (MD5) is refused before the key is unwrapped")
    void finishLoginWhenOaepDigestIsMd5ThenEncryptionAlgorithmNotAllowed() {
        ClaveResponseBuilder r = response().encrypted();
        r.beforeResponseSigned = resp -> {
            Element method = XmlDocs.child(encryptedKey(resp), XENC, "EncryptionMethod");
            Element digest = XmlDocs.find(method, DS, "DigestMethod");
            if (digest == null) {
                digest = resp.getOwnerDocument().createElementNS(DS, "ds:DigestMethod");
                method.appendChild(digest);
            }
            digest.setAttribute("Algorithm", "http://www.w3.org/2001/04/xmldsig-more#md5");
        };
        assertRejected(ClaveError.ENCRYPTION_ALGORITHM_NOT_ALLOWED, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-E1 an xmlenc11 rsa-oaep key naming a mask generation function outside the allow-list is refused")
    void finishLoginWhenOaep11MgfNotAllowedThenEncryptionAlgorithmNotAllowed() {
        ClaveResponseBuilder r = encrypted(XmlEncrypter.RSA_OAEP_11, XmlEncrypter.AES256_GCM);
        r.beforeResponseSigned = resp -> XmlDocs.find(XmlDocs.child(encryptedKey(resp), XENC, "EncryptionMethod"), XENC11, "MGF")
                .setAttribute("Algorithm", "http://www.w3.org/2009/xmlenc11#mgf1sha224");
        assertRejected(ClaveError.ENCRYPTION_ALGORITHM_NOT_ALLOWED, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-E4 EncryptedKey outside EncryptedData reached by RetrievalMethod is not followed")
    void finishLoginWhenRetrievalMethodThenDecryptionFailed() {
        ClaveResponseBuilder r = response().encrypted();
        r.beforeResponseSigned = resp -> {
            Element data = encryptedData(resp);
            Element key = encryptedKey(resp);
            Element keyInfo = (Element) key.getParentNode();
            key.setAttribute("Id", "ek1");
            data.getParentNode().appendChild(key);
            Element retrieval = resp.getOwnerDocument().createElementNS(DS, "ds:RetrievalMethod");
            retrieval.setAttribute("Type", "http://www.w3.org/2001/04/xmlenc#EncryptedKey");
            retrieval.setAttribute("URI", "#ek1");
            keyInfo.appendChild(retrieval);
        };
        assertRejected(ClaveError.DECRYPTION_FAILED, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-E4 encrypted assertion with no decryption key configured fails closed")
    void finishLoginWhenNoDecryptionKeyConfiguredThenDecryptionFailed() {
        useConfig(es.clave.sp.config.ClaveSpConfig.builder()
                .environment(es.clave.sp.config.Environment.PRE).spCode("21114293V_E04975701").applicationName("tests")
                .acsUrl(ResponseTestSetup.ACS).signingCredential(ResponseTestSetup.spSigning())
                .addTrustedCertificate(ResponseTestSetup.gateway().certificate()).build());
        assertRejected(ClaveError.DECRYPTION_FAILED, response().encrypted().buildBase64());
    }

    @Test
    @DisplayName("RSP-3 plaintext assertion when encryption is required")
    void finishLoginWhenPlainButEncryptionRequiredThenEncryptionRequired() {
        useConfig(ResponseTestSetup.config(b -> b.requireEncryption(true)));
        assertRejected(ClaveError.ENCRYPTION_REQUIRED, response().buildBase64());
    }

    @Test
    @DisplayName("SEC-E5 decrypted assertion signed with RSA-SHA1 is rejected like any other")
    void finishLoginWhenDecryptedAssertionUsesSha1ThenAlgorithmNotAllowed() {
        ClaveResponseBuilder r = response().encrypted();
        r.assertionSignature = gatewaySigning().withAlgorithm(XmlSigner.RSA_SHA1);
        assertRejected(ClaveError.SIGNATURE_ALGORITHM_NOT_ALLOWED, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-E5 decrypted assertion changed after signing fails its signature")
    void finishLoginWhenDecryptedAssertionTamperedThenSignatureInvalid() {
        ClaveResponseBuilder r = response().encrypted();
        r.beforeEncryption = a -> setPersonIdentifier(a, "87654321X");
        assertRejected(ClaveError.SIGNATURE_INVALID, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-E5 decrypted assertion signed by an unknown key is rejected")
    void finishLoginWhenDecryptedAssertionSignedByAttackerThenUntrusted() {
        ClaveResponseBuilder r = response().encrypted();
        r.assertionSignature = XmlSigner.Options.standard(ResponseTestSetup.attacker().privateKey(), ResponseTestSetup.attacker().certificate());
        assertRejected(ClaveError.UNTRUSTED_SIGNING_KEY, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-E5 decrypted assertion nested deeper than 256 is rejected by the same parser limit")
    void finishLoginWhenDecryptedAssertionTooDeepThenTooDeep() {
        ClaveResponseBuilder r = response().encrypted();
        r.beforeAssertionSigned = a -> {
            Element parent = a.getOwnerDocument().createElementNS(SAML, "saml2:Advice");
            parent.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:x", "urn:x");
            a.insertBefore(parent, XmlDocs.child(a, SAML, "AuthnStatement"));
            for (int i = 0; i < 300; i++) {
                Element child = a.getOwnerDocument().createElementNS("urn:x", "x:n");
                parent.appendChild(child);
                parent = child;
            }
        };
        assertRejected(ClaveError.XML_TOO_DEEP, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-E5 decrypted plaintext carrying a DOCTYPE is rejected by the same parser")
    void finishLoginWhenDecryptedPlaintextHasDoctypeThenForbidden() {
        ClaveResponseBuilder plain = response();
        plain.signResponse = false;
        String assertionXml = XmlDocs.toXml(assertionOf(plain.build()));
        ClaveResponseBuilder r = response().encrypted();
        r.plaintextOverride = ("<!DOCTYPE saml2:Assertion [<!ENTITY x \"y\">]>" + assertionXml).getBytes(StandardCharsets.UTF_8);
        assertRejected(ClaveError.FORBIDDEN_XML_CONSTRUCT, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-E5 decrypted content that is not an Assertion is rejected")
    void finishLoginWhenDecryptedContentIsNotAssertionThenMalformed() {
        ClaveResponseBuilder r = response().encrypted();
        r.plaintextOverride = "<saml2:Evil xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\"/>".getBytes(StandardCharsets.UTF_8);
        assertRejected(ClaveError.MALFORMED_RESPONSE, r.buildBase64());
    }

    @Test
    @DisplayName("SEC-E5 decrypted plaintext relying on the Response's namespace declarations is parsed in context")
    void finishLoginWhenDecryptedAssertionUsesContextPrefixThenAccepted() {
        ClaveResponseBuilder plain = response();
        plain.signResponse = false;
        plain.signAssertion = false;
        Document source = plain.build();
        Element assertion = assertionOf(source);
        assertion.removeAttributeNS("http://www.w3.org/2000/xmlns/", "saml2");
        // the serializer re-declares used prefixes; strip that so the fragment depends on its context
        String xml = XmlDocs.toXml(assertion).replaceFirst(" xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\"", "");
        ClaveResponseBuilder r = response().encrypted();
        r.signAssertion = false;
        r.plaintextOverride = xml.getBytes(StandardCharsets.UTF_8);
        r.assertionId = plain.assertionId;
        Document d = r.build();
        org.junit.jupiter.api.Assertions.assertEquals("12345678Z", finish(d).getName());
    }
}
