package es.clave.sp.identity;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.login.IdentificationMethod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static es.clave.sp.identity.ClaveAttributes.DATE_OF_BIRTH;
import static es.clave.sp.identity.ClaveAttributes.FAMILY_NAME;
import static es.clave.sp.identity.ClaveAttributes.FIRST_NAME;
import static es.clave.sp.identity.ClaveAttributes.FIRST_SURNAME;
import static es.clave.sp.identity.ClaveAttributes.LEGAL_NAME;
import static es.clave.sp.identity.ClaveAttributes.LEGAL_PERSON_IDENTIFIER;
import static es.clave.sp.identity.ClaveAttributes.PARTIAL_AFIRMA;
import static es.clave.sp.identity.ClaveAttributes.PERSON_IDENTIFIER;
import static es.clave.sp.identity.ClaveAttributes.RELAY_STATE;
import static es.clave.sp.identity.ClaveAttributes.SELECTED_IDP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttributeMapperTest {

    /** What the gateway sends for a Cl@ve Permanente login of a natural person. */
    private static Map<String, List<String>> citizen() {
        Map<String, List<String>> a = new LinkedHashMap<>();
        a.put(PERSON_IDENTIFIER, List.of("12345678Z"));
        a.put(FIRST_NAME, List.of("MARÍA JOSÉ"));
        a.put(FAMILY_NAME, List.of("GARCÍA LÓPEZ"));
        a.put(FIRST_SURNAME, List.of("GARCÍA"));
        a.put(DATE_OF_BIRTH, List.of("1980-02-29"));
        a.put(SELECTED_IDP, List.of("SEGSOC"));
        a.put(RELAY_STATE, List.of("rs-1"));
        a.put(ClaveAttributes.REGISTER_TYPE, List.of("whatever"));
        return a;
    }

    private static ClaveIdentity map(Map<String, List<String>> attributes) {
        ClaveIdentity.Builder builder = ClaveIdentity.builder();
        AttributeMapper.apply(attributes, builder);
        return builder.build();
    }

    @Test
    @DisplayName("RSP-12 a natural person's attributes map onto the identity")
    void mapsNaturalPerson() {
        ClaveIdentity id = map(citizen());
        assertEquals(new PersonIdentifier("12345678Z", "12345678Z", IdentifierKind.NIF, true, "ES"), id.personIdentifier());
        assertFalse(id.personIdentifier().isLegalPerson());
        assertEquals("12345678Z", id.getName());
        assertEquals("MARÍA JOSÉ", id.givenName());
        assertEquals("GARCÍA LÓPEZ", id.familyName());
        assertEquals("GARCÍA", id.firstSurname());
        assertEquals("LÓPEZ", id.secondSurname());
        assertEquals(Optional.of(LocalDate.of(1980, 2, 29)), id.dateOfBirth());
        assertEquals(IdentificationMethod.CLAVE_PERMANENTE, id.method());
        assertEquals("SEGSOC", id.selectedIdpRaw());
        assertFalse(id.isRepresentative());
    }

    @Test
    @DisplayName("RSP-12 every attribute, known or unknown, is kept raw")
    void keepsAllRawAttributes() {
        Map<String, List<String>> attributes = citizen();
        attributes.put("urn:example:unknown", List.of("a", "b"));
        ClaveIdentity id = map(attributes);
        assertEquals(attributes, id.attributes());
    }

    @Test
    @DisplayName("SEC-P11 missing PersonIdentifier -> PERSON_IDENTIFIER_MISSING")
    void missingPersonIdentifier() {
        Map<String, List<String>> attributes = citizen();
        attributes.remove(PERSON_IDENTIFIER);
        ClaveAuthenticationException e = assertThrows(ClaveAuthenticationException.class, () -> map(attributes));
        assertEquals(ClaveError.PERSON_IDENTIFIER_MISSING, e.error());
    }

    @Test
    @DisplayName("SEC-P11 blank or value-less PersonIdentifier -> PERSON_IDENTIFIER_MISSING")
    void blankPersonIdentifier() {
        for (List<String> values : List.of(List.<String>of(), List.of("  "), Arrays.asList((String) null))) {
            Map<String, List<String>> attributes = citizen();
            attributes.put(PERSON_IDENTIFIER, values);
            ClaveAuthenticationException e = assertThrows(ClaveAuthenticationException.class, () -> map(attributes));
            assertEquals(ClaveError.PERSON_IDENTIFIER_MISSING, e.error());
        }
    }

    @Test
    @DisplayName("SEC-P11 no attributes at all -> PERSON_IDENTIFIER_MISSING")
    void noAttributes() {
        assertEquals(ClaveError.PERSON_IDENTIFIER_MISSING,
                assertThrows(ClaveAuthenticationException.class, () -> map(null)).error());
        assertEquals(ClaveError.PERSON_IDENTIFIER_MISSING,
                assertThrows(ClaveAuthenticationException.class, () -> map(Map.of())).error());
    }

    static List<String> singleValued() {
        return List.of(PERSON_IDENTIFIER, FIRST_NAME, FAMILY_NAME, FIRST_SURNAME, DATE_OF_BIRTH, SELECTED_IDP,
                PARTIAL_AFIRMA, LEGAL_PERSON_IDENTIFIER, LEGAL_NAME);
    }

    @ParameterizedTest
    @MethodSource("singleValued")
    @DisplayName("SEC-P11 two values for a single-valued identity attribute -> ATTRIBUTE_DUPLICATED")
    void duplicatedSingleValuedAttribute(String name) {
        Map<String, List<String>> attributes = citizen();
        attributes.put(name, List.of("12345678Z", "87654321X"));
        ClaveAuthenticationException e = assertThrows(ClaveAuthenticationException.class, () -> map(attributes));
        assertEquals(ClaveError.ATTRIBUTE_DUPLICATED, e.error());
    }

    @Test
    @DisplayName("RSP-12 multi-valued attributes that are not identity attributes are accepted")
    void multiValuedOtherAttributes() {
        Map<String, List<String>> attributes = citizen();
        attributes.put(ClaveAttributes.REGISTER_TYPE, List.of("a", "b"));
        assertEquals(List.of("a", "b"), map(attributes).attributes().get(ClaveAttributes.REGISTER_TYPE));
    }

    @Test
    @DisplayName("RSP-12 an invalid NIF is delivered flagged, not dropped")
    void invalidNifFlagged() {
        Map<String, List<String>> attributes = citizen();
        attributes.put(PERSON_IDENTIFIER, List.of("12345678A"));
        PersonIdentifier person = map(attributes).personIdentifier();
        assertEquals("12345678A", person.value());
        assertFalse(person.checkValid());
    }

    @Test
    @DisplayName("RSP-12 ES/ES/ prefix is stripped, raw value kept")
    void eidasPrefixStripped() {
        Map<String, List<String>> attributes = citizen();
        attributes.put(PERSON_IDENTIFIER, List.of("ES/ES/12345678Z"));
        ClaveIdentity id = map(attributes);
        assertEquals("12345678Z", id.getName());
        assertEquals("ES/ES/12345678Z", id.personIdentifier().raw());
    }

    @Test
    @DisplayName("RSP-12 a CIF as PersonIdentifier maps with kind CIF")
    void cifPersonIdentifier() {
        Map<String, List<String>> attributes = citizen();
        String cif = TestIdentifiers.cifWithLetter('Q', "2826000");
        attributes.put(PERSON_IDENTIFIER, List.of(cif));
        assertEquals(IdentifierKind.CIF, map(attributes).personIdentifier().kind());
        assertTrue(map(attributes).personIdentifier().isLegalPerson());
        assertTrue(map(attributes).personIdentifier().checkValid());
    }

    @Test
    @DisplayName("RSP-12 an unparsable DateOfBirth leaves no date, keeps the raw value and does not fail")
    void unparsableDateOfBirth() {
        Map<String, List<String>> attributes = citizen();
        attributes.put(DATE_OF_BIRTH, List.of("29/02/1980"));
        ClaveIdentity id = map(attributes);
        assertEquals(Optional.empty(), id.dateOfBirth());
        assertEquals(List.of("29/02/1980"), id.attributes().get(DATE_OF_BIRTH));
    }

    @Test
    @DisplayName("RSP-12 an xs:date with a time zone keeps its date")
    void dateWithZone() {
        Map<String, List<String>> attributes = citizen();
        attributes.put(DATE_OF_BIRTH, List.of(" 1980-02-29Z "));
        assertEquals(Optional.of(LocalDate.of(1980, 2, 29)), map(attributes).dateOfBirth());
    }

    @Test
    @DisplayName("RSP-12 an impossible date (2021-02-29) leaves no date")
    void impossibleDate() {
        Map<String, List<String>> attributes = citizen();
        attributes.put(DATE_OF_BIRTH, List.of("2021-02-29"));
        assertEquals(Optional.empty(), map(attributes).dateOfBirth());
    }

    @Test
    @DisplayName("RSP-12 absent optional attributes leave the fields empty")
    void onlyPersonIdentifier() {
        ClaveIdentity id = map(Map.of(PERSON_IDENTIFIER, List.of("X1234567L")));
        assertEquals(IdentifierKind.NIE, id.personIdentifier().kind());
        assertNull(id.givenName());
        assertNull(id.familyName());
        assertNull(id.firstSurname());
        assertNull(id.secondSurname());
        assertEquals(Optional.empty(), id.dateOfBirth());
        assertEquals(IdentificationMethod.OTHER, id.method());
        assertNull(id.selectedIdpRaw());
    }

    @Test
    @DisplayName("§3 an unknown SelectedIdP maps to OTHER with the raw string kept")
    void unknownSelectedIdp() {
        Map<String, List<String>> attributes = citizen();
        attributes.put(SELECTED_IDP, List.of("NEW_METHOD"));
        ClaveIdentity id = map(attributes);
        assertEquals(IdentificationMethod.OTHER, id.method());
        assertEquals("NEW_METHOD", id.selectedIdpRaw());
    }

    @Test
    @DisplayName("§3 a wrapped SelectedIdP [AFIRMA] maps to CERTIFICATE")
    void wrappedSelectedIdp() {
        Map<String, List<String>> attributes = citizen();
        attributes.put(SELECTED_IDP, List.of("[AFIRMA]"));
        assertEquals(IdentificationMethod.CERTIFICATE, map(attributes).method());
    }

    @Test
    @DisplayName("RSP-12 representative certificate: the company from PartialAfirma, the person stays the representative")
    void representativeFromPartialAfirma() {
        String cif = TestIdentifiers.cifWithDigit('B', "1234567");
        Map<String, List<String>> attributes = citizen();
        attributes.put(SELECTED_IDP, List.of("AFIRMA"));
        attributes.put(PARTIAL_AFIRMA, List.of(PartialAfirmaFixtures.representative("11", cif, "EJEMPLO SL", "12345678Z")));
        ClaveIdentity id = map(attributes);
        assertEquals("12345678Z", id.getName());
        assertTrue(id.isRepresentative());
        LegalPerson company = id.representedEntity().orElseThrow();
        assertEquals(cif, company.identifier().value());
        assertEquals("EJEMPLO SL", company.name());
        assertEquals(LegalPerson.Source.PARTIAL_AFIRMA, company.source());
    }

    @Test
    @DisplayName("RSP-12 a natural-person certificate's PartialAfirma represents nobody")
    void naturalPersonCertificate() {
        Map<String, List<String>> attributes = citizen();
        attributes.put(PARTIAL_AFIRMA, List.of(PartialAfirmaFixtures.representative("0", "12345678Z", "", "")));
        assertFalse(map(attributes).isRepresentative());
    }

    @Test
    @DisplayName("RSP-12 a malformed PartialAfirma is kept raw, represents nobody, and does not fail")
    void malformedPartialAfirma() {
        Map<String, List<String>> attributes = citizen();
        attributes.put(PARTIAL_AFIRMA, List.of("%%% not base64"));
        ClaveIdentity id = map(attributes);
        assertFalse(id.isRepresentative());
        assertEquals(List.of("%%% not base64"), id.attributes().get(PARTIAL_AFIRMA));
    }

    @Test
    @DisplayName("RSP-12 eIDAS LegalPersonIdentifier and LegalName map to the represented entity")
    void eidasLegalPerson() {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        attributes.put(PERSON_IDENTIFIER, List.of("DE/ES/1234567890"));
        attributes.put(LEGAL_PERSON_IDENTIFIER, List.of("DE/ES/HRB-12345"));
        attributes.put(LEGAL_NAME, List.of("Beispiel GmbH"));
        attributes.put(SELECTED_IDP, List.of("EIDAS"));
        ClaveIdentity id = map(attributes);
        assertEquals(new PersonIdentifier("1234567890", "DE/ES/1234567890", IdentifierKind.EIDAS, true, "DE"),
                id.personIdentifier());
        assertEquals(IdentificationMethod.EU_EIDAS, id.method());
        LegalPerson company = id.representedEntity().orElseThrow();
        assertEquals(new PersonIdentifier("HRB-12345", "DE/ES/HRB-12345", IdentifierKind.EIDAS, true, "DE"), company.identifier());
        assertEquals("Beispiel GmbH", company.name());
        assertEquals(LegalPerson.Source.EIDAS_ATTRIBUTES, company.source());
    }

    @Test
    @DisplayName("RSP-12 PartialAfirma takes precedence over eIDAS legal-person attributes")
    void partialAfirmaWins() {
        String cif = TestIdentifiers.cifWithDigit('A', "5881850");
        Map<String, List<String>> attributes = citizen();
        attributes.put(PARTIAL_AFIRMA, List.of(PartialAfirmaFixtures.representative("12", cif, "AFIRMA SA", "12345678Z")));
        attributes.put(LEGAL_PERSON_IDENTIFIER, List.of("ES/ES/" + TestIdentifiers.cifWithDigit('B', "1234567")));
        assertEquals(cif, map(attributes).representedEntity().orElseThrow().identifier().value());
    }

    @Test
    @DisplayName("RSP-12 null values inside a raw attribute are dropped rather than failing")
    void nullRawValues() {
        Map<String, List<String>> attributes = citizen();
        List<String> withNull = new ArrayList<>();
        withNull.add("x");
        withNull.add(null);
        attributes.put("urn:example:x", withNull);
        assertEquals(List.of("x"), map(attributes).attributes().get("urn:example:x"));
    }
}
