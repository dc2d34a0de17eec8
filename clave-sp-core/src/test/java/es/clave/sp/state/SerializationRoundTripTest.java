package es.clave.sp.state;

import es.clave.sp.identity.AttributeMapper;
import es.clave.sp.identity.ClaveAttributes;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.identity.IdentifierKind;
import es.clave.sp.identity.LegalPerson;
import es.clave.sp.identity.PersonIdentifier;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/** Sessions are replicated between nodes, so what adapters keep in them must survive Java serialization. */
class SerializationRoundTripTest {

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    @DisplayName("PendingLogin survives Java serialization unchanged")
    void pendingLogin() throws Exception {
        PendingLogin pending = new PendingLogin("_abc", "rs-1", LevelOfAssurance.HIGH,
                EnumSet.of(IdentificationMethod.CERTIFICATE, IdentificationMethod.EU_EIDAS), true,
                Instant.parse("2026-01-01T10:00:00.123Z"), "/private?x=1", "bind-1");
        PendingLogin copy = roundTrip(pending);
        assertNotSame(pending, copy);
        assertEquals(pending, copy);
    }

    @Test
    @DisplayName("ClaveIdentity (with representation and raw attributes) survives Java serialization")
    void claveIdentity() throws Exception {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        attributes.put(ClaveAttributes.PERSON_IDENTIFIER, List.of("ES/ES/12345678Z"));
        attributes.put(ClaveAttributes.FIRST_NAME, List.of("ANA"));
        attributes.put(ClaveAttributes.FAMILY_NAME, List.of("PÉREZ RUIZ"));
        attributes.put(ClaveAttributes.FIRST_SURNAME, List.of("PÉREZ"));
        attributes.put(ClaveAttributes.DATE_OF_BIRTH, List.of("1990-05-17"));
        attributes.put(ClaveAttributes.SELECTED_IDP, List.of("[IDP_MOVIL]"));
        attributes.put("urn:example:multi", List.of("a", "b"));
        ClaveIdentity.Builder builder = ClaveIdentity.builder()
                .levelOfAssurance(LevelOfAssurance.SUBSTANTIAL)
                .representedEntity(new LegalPerson(new PersonIdentifier("B12345674", "B12345674", IdentifierKind.CIF, true, "ES"),
                        "EJEMPLO SL", LegalPerson.Source.PARTIAL_AFIRMA))
                .issuer("https://gateway.example")
                .responseId("_r")
                .assertionId("_a")
                .issueInstant(Instant.parse("2026-01-01T10:00:01Z"))
                .authnInstant(Instant.parse("2026-01-01T10:00:00Z"));
        AttributeMapper.apply(attributes, builder);
        ClaveIdentity identity = builder.build();

        ClaveIdentity copy = roundTrip(identity);

        assertEquals(identity.personIdentifier(), copy.personIdentifier());
        assertEquals("12345678Z", copy.getName());
        assertEquals("ANA", copy.givenName());
        assertEquals("PÉREZ RUIZ", copy.familyName());
        assertEquals("PÉREZ", copy.firstSurname());
        assertEquals("RUIZ", copy.secondSurname());
        assertEquals(LocalDate.of(1990, 5, 17), copy.dateOfBirth().orElseThrow());
        assertEquals(IdentificationMethod.CLAVE_MOVIL, copy.method());
        assertEquals("[IDP_MOVIL]", copy.selectedIdpRaw());
        assertEquals(LevelOfAssurance.SUBSTANTIAL, copy.levelOfAssurance());
        assertEquals(identity.representedEntity(), copy.representedEntity());
        assertEquals(attributes, copy.attributes());
        assertEquals("https://gateway.example", copy.issuer());
        assertEquals("_r", copy.responseId());
        assertEquals("_a", copy.assertionId());
        assertEquals(identity.issueInstant(), copy.issueInstant());
        assertEquals(identity.authnInstant(), copy.authnInstant());
    }
}
