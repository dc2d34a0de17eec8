package es.clave.sp.response;

import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.identity.IdentifierKind;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.testing.TestCredentials;
import es.clave.sp.testing.saml.AfirmaVerifyResponse;
import es.clave.sp.testing.saml.ClaveResponseBuilder;
import es.clave.sp.testing.saml.ResponseTestSetup;
import es.clave.sp.testing.saml.XmlEncrypter;
import es.clave.sp.testing.saml.XmlSigner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static es.clave.sp.testing.saml.ClaveResponseBuilder.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Valid responses for every identification method and person type are accepted (RSP-1 … RSP-12). */
class HappyPathTest extends ResponseTestSupport {

    @Test
    @DisplayName("RSP-12 natural person with Cl@ve Permanente: signed response, signed plain assertion")
    void finishLoginWhenValidSignedResponseThenIdentity() {
        ClaveResponseBuilder r = response();
        ClaveIdentity id = finish(r.buildBase64());
        assertEquals("12345678Z", id.getName());
        assertEquals(IdentifierKind.NIF, id.personIdentifier().kind());
        assertEquals("MARÍA JOSÉ", id.givenName());
        assertEquals("GARCÍA", id.firstSurname());
        assertEquals("LÓPEZ", id.secondSurname());
        assertEquals(LocalDate.of(1980, 5, 17), id.dateOfBirth().orElseThrow());
        assertEquals(IdentificationMethod.CLAVE_PERMANENTE, id.method());
        assertEquals(LevelOfAssurance.SUBSTANTIAL, id.levelOfAssurance());
        assertEquals(r.responseId, id.responseId());
        assertEquals(r.assertionId, id.assertionId());
        assertEquals(ResponseTestSetup.GATEWAY_ISSUER, id.issuer());
        assertEquals(r.assertionIssueInstant, id.issueInstant());
        assertEquals(r.authnInstant, id.authnInstant());
        assertFalse(id.isRepresentative());
    }

    @Test
    @DisplayName("RSP-3 encrypted signed assertion (RSA-OAEP + AES-256-GCM) is decrypted and accepted")
    void finishLoginWhenEncryptedAssertionThenIdentity() {
        ClaveIdentity id = finish(response().encrypted().buildBase64());
        assertEquals("12345678Z", id.getName());
    }

    @Test
    @DisplayName("RSP-3 xmlenc11 rsa-oaep (SHA-256, MGF1-SHA-256) with AES-128-GCM is accepted")
    void finishLoginWhenOaep11AndAes128ThenIdentity() {
        ClaveResponseBuilder r = response().encrypted();
        r.encryption = new XmlEncrypter.Options(r.encryption.recipient(), XmlEncrypter.RSA_OAEP_11, XmlEncrypter.AES128_GCM);
        assertEquals("12345678Z", finish(r.buildBase64()).getName());
    }

    @Test
    @DisplayName("RSP-3 encryption required: an encrypted assertion is accepted")
    void finishLoginWhenEncryptionRequiredAndEncryptedThenIdentity() {
        useConfig(ResponseTestSetup.config(b -> b.requireEncryption(true)));
        assertEquals("12345678Z", finish(response().encrypted().buildBase64()).getName());
    }

    @Test
    @DisplayName("SEC-E4 key rollover: an assertion encrypted for the second configured key is decrypted")
    void finishLoginWhenEncryptedForSecondKeyThenIdentity() {
        var next = TestCredentials.rsa("sp-encryption-next", 2048);
        useConfig(ResponseTestSetup.config(b -> b.addDecryptionCredential(next)));
        assertEquals("12345678Z", finish(response().encryptedFor(next.certificate().getPublicKey()).buildBase64()).getName());
    }

    @Test
    @DisplayName("RSP-4 unsigned assertion inside a signed Response is accepted")
    void finishLoginWhenAssertionUnsignedThenIdentity() {
        ClaveResponseBuilder r = response();
        r.signAssertion = false;
        assertEquals("12345678Z", finish(r.buildBase64()).getName());
    }

    @Test
    @DisplayName("RSP-2 pinned gateway issuer matching the response is accepted")
    void finishLoginWhenIssuerPinnedAndEqualThenIdentity() {
        useConfig(ResponseTestSetup.config(b -> b.gatewayIssuer(ResponseTestSetup.GATEWAY_ISSUER)));
        assertEquals("12345678Z", finish(response().buildBase64()).getName());
    }

    @Test
    @DisplayName("RSP-5 RSA-PSS (sha256-rsa-MGF1) signatures are accepted")
    void finishLoginWhenRsaPssThenIdentity() {
        ClaveResponseBuilder r = response();
        r.responseSignature = r.responseSignature.withAlgorithm(XmlSigner.RSA_PSS_SHA256).withDigest(XmlSigner.SHA256);
        r.assertionSignature = r.responseSignature;
        assertEquals("12345678Z", finish(r.buildBase64()).getName());
    }

    @Test
    @DisplayName("RSP-5 ECDSA-SHA256 signatures by a trusted EC key are accepted")
    void finishLoginWhenEcdsaThenIdentity() {
        var ec = TestCredentials.ecP256("clave-gateway-ec");
        useConfig(ResponseTestSetup.config(b -> b.addTrustedCertificate(ec.certificate())));
        ClaveResponseBuilder r = response().signedBy(ec);
        r.responseSignature = r.responseSignature.withAlgorithm(XmlSigner.ECDSA_SHA256);
        r.assertionSignature = r.responseSignature;
        assertEquals("12345678Z", finish(r.buildBase64()).getName());
    }

    @Test
    @DisplayName("RSP-9 LoA with surrounding whitespace and newlines is trimmed and accepted")
    void finishLoginWhenLoaHasWhitespaceThenAccepted() {
        ClaveResponseBuilder r = response();
        r.loa = "\n    http://eidas.europa.eu/LoA/high\n  ";
        assertEquals(LevelOfAssurance.HIGH, finish(r.buildBase64()).levelOfAssurance());
    }

    @Test
    @DisplayName("RSP-12 Cl@ve PIN login")
    void finishLoginWhenClavePinThenMethod() {
        assertEquals(IdentificationMethod.CLAVE_PIN, finish(response().attribute(SELECTED_IDP, "PIN24H").buildBase64()).method());
    }

    @Test
    @DisplayName("RSP-12 Cl@ve Móvil login")
    void finishLoginWhenClaveMovilThenMethod() {
        assertEquals(IdentificationMethod.CLAVE_MOVIL, finish(response().attribute(SELECTED_IDP, "IDP_MOVIL").buildBase64()).method());
    }

    @Test
    @DisplayName("RSP-12 certificate (@firma) login of a natural person")
    void finishLoginWhenCertificateThenMethod() {
        ClaveIdentity id = finish(response().attribute(SELECTED_IDP, "[AFIRMA]")
                .attribute(PARTIAL_AFIRMA, AfirmaVerifyResponse.base64("1", null, null)).encrypted().buildBase64());
        assertEquals(IdentificationMethod.CERTIFICATE, id.method());
        assertFalse(id.isRepresentative());
    }

    @Test
    @DisplayName("RSP-12 representative of a legal person (PartialAfirma clasificacion 11)")
    void finishLoginWhenRepresentativeCertificateThenRepresentedEntity() {
        ClaveIdentity id = finish(response().attribute(SELECTED_IDP, "AFIRMA")
                .attribute(PARTIAL_AFIRMA, AfirmaVerifyResponse.base64("11", "B12345674", "EJEMPLO SOCIEDAD LIMITADA")).encrypted().buildBase64());
        assertEquals(IdentificationMethod.CERTIFICATE, id.method());
        assertTrue(id.isRepresentative());
        assertEquals("12345678Z", id.getName());
        assertEquals("B12345674", id.representedEntity().orElseThrow().identifier().value());
        assertEquals("EJEMPLO SOCIEDAD LIMITADA", id.representedEntity().orElseThrow().name());
    }

    @Test
    @DisplayName("RSP-12 EU citizen through eIDAS")
    void finishLoginWhenEuCitizenThenEidasIdentifier() {
        ClaveResponseBuilder r = response().attribute(SELECTED_IDP, "EIDAS")
                .attribute(PERSON_IDENTIFIER, "DE/ES/1234567890ABC")
                .attribute(FIRST_NAME, "ERIKA")
                .attribute(FAMILY_NAME, "MUSTERMANN");
        r.attributes.remove(FIRST_SURNAME);
        ClaveIdentity id = finish(r.encrypted().buildBase64());
        assertEquals(IdentificationMethod.EU_EIDAS, id.method());
        assertEquals(IdentifierKind.EIDAS, id.personIdentifier().kind());
        assertEquals("DE", id.personIdentifier().countryCode());
        assertEquals("ERIKA", id.givenName());
    }
}
