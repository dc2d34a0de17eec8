package es.clave.sp.oracle;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.identity.IdentifierKind;
import es.clave.sp.identity.LegalPerson;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.testing.saml.AfirmaVerifyResponse;
import es.clave.sp.testing.saml.ResponseTestSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opensaml.xmlsec.encryption.support.EncryptionConstants;
import org.opensaml.xmlsec.signature.support.SignatureConstants;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.stream.Stream;

import static es.clave.sp.testing.saml.ClaveResponseBuilder.FAMILY_NAME;
import static es.clave.sp.testing.saml.ClaveResponseBuilder.FIRST_NAME;
import static es.clave.sp.testing.saml.ClaveResponseBuilder.FIRST_SURNAME;
import static es.clave.sp.testing.saml.ClaveResponseBuilder.PARTIAL_AFIRMA;
import static es.clave.sp.testing.saml.ClaveResponseBuilder.PERSON_IDENTIFIER;
import static es.clave.sp.testing.saml.ClaveResponseBuilder.SELECTED_IDP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * RSP-2…RSP-12 against an independent implementation: responses built, signed and encrypted by
 * OpenSAML 4.0.1 the way the eIDAS-node based Cl@ve gateway builds them ({@link OpenSamlGateway})
 * are accepted by {@link ClaveServiceProvider#finishLogin} with exactly the identity they carry.
 */
class OpenSamlResponseOracleTest {
    private final Instant now = Instant.now();
    private final PendingLogin pending = ResponseTestSetup.pending(now, LevelOfAssurance.LOW);
    private final ClaveServiceProvider sp = ResponseTestSetup.sp(ResponseTestSetup.config());

    private ClaveIdentity finish(String samlResponse) {
        return sp.finishLogin(samlResponse, pending.relayState(), pending, ResponseTestSetup.client(now));
    }

    @Test
    @DisplayName("RSP-2 RSP-3 RSP-12 natural person: OpenSAML-signed Response, signed and encrypted Assertion")
    void finishLoginWhenOpenSamlNaturalPersonThenIdentity() {
        ClaveIdentity id = finish(OpenSamlGateway.naturalPerson(pending).respond(pending, now, OpenSamlGateway.Protection.standard()));
        assertEquals("12345678Z", id.getName());
        assertEquals(IdentifierKind.NIF, id.personIdentifier().kind());
        assertEquals("MARÍA JOSÉ", id.givenName());
        assertEquals("GARCÍA LÓPEZ", id.familyName());
        assertEquals("GARCÍA", id.firstSurname());
        assertEquals(LocalDate.of(1980, 5, 17), id.dateOfBirth().orElseThrow());
        assertEquals(IdentificationMethod.CLAVE_PERMANENTE, id.method());
        assertEquals(LevelOfAssurance.SUBSTANTIAL, id.levelOfAssurance());
        assertEquals(ResponseTestSetup.GATEWAY_ISSUER, id.issuer());
        assertFalse(id.isRepresentative());
    }

    static Stream<Arguments> keyTransportAndData() {
        String mgf1p = EncryptionConstants.ALGO_ID_KEYTRANSPORT_RSAOAEP;
        String oaep11 = EncryptionConstants.ALGO_ID_KEYTRANSPORT_RSAOAEP11;
        String sha256 = SignatureConstants.ALGO_ID_DIGEST_SHA256;
        String mgf1Sha256 = EncryptionConstants.ALGO_ID_MGF1_SHA256;
        String aes128 = EncryptionConstants.ALGO_ID_BLOCKCIPHER_AES128_GCM;
        String aes256 = EncryptionConstants.ALGO_ID_BLOCKCIPHER_AES256_GCM;
        return Stream.of(
                Arguments.of(mgf1p, null, null, aes128),
                Arguments.of(mgf1p, null, null, aes256),
                Arguments.of(mgf1p, sha256, null, aes256),
                Arguments.of(oaep11, null, null, aes128),
                Arguments.of(oaep11, null, null, aes256),
                Arguments.of(oaep11, sha256, mgf1Sha256, aes128),
                Arguments.of(oaep11, sha256, mgf1Sha256, aes256));
    }

    @ParameterizedTest(name = "{0} digest {1} mgf {2}, {3}")
    @MethodSource("keyTransportAndData")
    @DisplayName("RSP-3 SEC-E1 SEC-E2 OpenSAML's RSA-OAEP (both URIs, SHA-1/SHA-256, MGF1-SHA256) with AES-GCM is opened")
    void finishLoginWhenOpenSamlEncryptionVariantThenIdentity(String transport, String digest, String mgf, String data) {
        OpenSamlGateway.Protection protection = OpenSamlGateway.Protection.standard()
                .withKeyTransport(transport, digest, mgf).withData(data);
        String response = OpenSamlGateway.naturalPerson(pending).respond(pending, now, protection);
        String xml = new String(Base64.getDecoder().decode(response), StandardCharsets.UTF_8);
        assertTrue(xml.contains("Algorithm=\"" + transport + "\"") && xml.contains("Algorithm=\"" + data + "\""),
                "OpenSAML used the requested algorithms");
        assertEquals("12345678Z", finish(response).getName());
    }

    @Test
    @DisplayName("RSP-2 RSP-4 OpenSAML-signed Response carrying an unsigned encrypted Assertion is accepted")
    void finishLoginWhenOpenSamlAssertionUnsignedThenIdentity() {
        OpenSamlGateway.Protection protection = OpenSamlGateway.Protection.standard().withAssertionSigned(false);
        String response = OpenSamlGateway.naturalPerson(pending).respond(pending, now, protection);
        assertEquals("12345678Z", finish(response).getName());
    }

    @Test
    @DisplayName("RSP-2 an OpenSAML Response whose only signature is the Assertion's is refused")
    void finishLoginWhenOpenSamlResponseUnsignedThenSignatureMissing() {
        OpenSamlGateway.Protection protection = OpenSamlGateway.Protection.standard().withResponseSigned(false);
        String response = OpenSamlGateway.naturalPerson(pending).respond(pending, now, protection);
        ClaveAuthenticationException e = assertThrows(ClaveAuthenticationException.class, () -> finish(response));
        assertEquals(ClaveError.SIGNATURE_MISSING, e.error());
    }

    @Test
    @DisplayName("RSP-2 SEC-W an OpenSAML-signed Response changed after signing is refused")
    void finishLoginWhenOpenSamlResponseChangedThenSignatureInvalid() {
        String response = OpenSamlGateway.naturalPerson(pending).respond(pending, now, OpenSamlGateway.Protection.standard());
        String xml = new String(Base64.getDecoder().decode(response), StandardCharsets.UTF_8);
        String changed = xml.replace("urn:oasis:names:tc:SAML:2.0:consent:obtained", "urn:oasis:names:tc:SAML:2.0:consent:prior");
        ClaveAuthenticationException e = assertThrows(ClaveAuthenticationException.class,
                () -> finish(Base64.getEncoder().encodeToString(changed.getBytes(StandardCharsets.UTF_8))));
        assertEquals(ClaveError.SIGNATURE_INVALID, e.error());
    }

    @ParameterizedTest(name = "clasificacion {0}")
    @ValueSource(strings = {"11", "12"})
    @DisplayName("RSP-12 company representative (PartialAfirma clasificacion 11/12) from OpenSAML: person and company")
    void finishLoginWhenOpenSamlRepresentativeThenRepresentedEntity(String clasificacion) {
        OpenSamlGateway gateway = OpenSamlGateway.naturalPerson(pending)
                .attribute(SELECTED_IDP, "AFIRMA")
                .attribute(PARTIAL_AFIRMA, AfirmaVerifyResponse.base64(clasificacion, "B12345674", "EJEMPLO SOCIEDAD LIMITADA"));
        ClaveIdentity id = finish(gateway.respond(pending, now, OpenSamlGateway.Protection.standard()));
        assertEquals(IdentificationMethod.CERTIFICATE, id.method());
        assertEquals("12345678Z", id.getName());
        assertTrue(id.isRepresentative());
        LegalPerson company = id.representedEntity().orElseThrow();
        assertEquals("B12345674", company.identifier().value());
        assertEquals("EJEMPLO SOCIEDAD LIMITADA", company.name());
    }

    @Test
    @DisplayName("RSP-12 EU citizen through eIDAS from OpenSAML: CC/CC/ identifier, country and names")
    void finishLoginWhenOpenSamlEuCitizenThenEidasIdentifier() {
        OpenSamlGateway gateway = OpenSamlGateway.naturalPerson(pending)
                .attribute(SELECTED_IDP, "EIDAS")
                .attribute(PERSON_IDENTIFIER, "DE/ES/1234567890ABC")
                .attribute(FIRST_NAME, "ERIKA")
                .attribute(FAMILY_NAME, "MUSTERMANN");
        gateway.attributes.remove(FIRST_SURNAME);
        gateway.nameId = "DE/ES/1234567890ABC";
        gateway.loa = "http://eidas.europa.eu/LoA/high";
        ClaveIdentity id = finish(gateway.respond(pending, now, OpenSamlGateway.Protection.standard()));
        assertEquals(IdentificationMethod.EU_EIDAS, id.method());
        assertEquals(IdentifierKind.EIDAS, id.personIdentifier().kind());
        assertEquals("DE", id.personIdentifier().countryCode());
        assertEquals("1234567890ABC", id.getName());
        assertEquals("DE/ES/1234567890ABC", id.personIdentifier().raw());
        assertEquals("ERIKA", id.givenName());
        assertEquals("MUSTERMANN", id.familyName());
        assertEquals(LevelOfAssurance.HIGH, id.levelOfAssurance());
        assertFalse(id.isRepresentative());
    }
}
