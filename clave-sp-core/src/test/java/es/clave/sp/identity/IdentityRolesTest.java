package es.clave.sp.identity;

import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityRolesTest {

    private static ClaveIdentity identity(IdentifierKind kind, LevelOfAssurance loa, LegalPerson company) {
        return ClaveIdentity.builder()
                .personIdentifier(new PersonIdentifier("12345678Z", "12345678Z", kind, true, "ES"))
                .givenName("María").familyName("García López").levelOfAssurance(loa)
                .method(IdentificationMethod.CLAVE_MOVIL).representedEntity(company).build();
    }

    @ParameterizedTest
    @CsvSource({"NIF, true", "NIE, true", "EIDAS, true", "CIF, false", "UNKNOWN, false"})
    @DisplayName("RSP-12: CLAVE_NATURAL_PERSON follows the identifier kind: NIF, NIE and eIDAS persons, never a CIF or an unknown one")
    void naturalPersonFollowsIdentifierKind(IdentifierKind kind, boolean natural) {
        List<String> roles = IdentityRoles.of(identity(kind, LevelOfAssurance.LOW, null));

        assertEquals(natural, roles.contains(IdentityRoles.NATURAL_PERSON), roles.toString());
        assertTrue(roles.contains("CLAVE_PERSON_" + kind), roles.toString());
    }

    @Test
    @DisplayName("RSP-9, RSP-12: every role in its documented order, a level with every lower one; representative only when acting for a company")
    void rolesInDocumentedOrder() {
        LegalPerson company = new LegalPerson(new PersonIdentifier("B12345674", "B12345674", IdentifierKind.CIF, true, "ES"),
                "EMPRESA SL", LegalPerson.Source.PARTIAL_AFIRMA);

        assertEquals(List.of("CLAVE_USER", "CLAVE_LOA_LOW", "CLAVE_LOA_SUBSTANTIAL", "CLAVE_METHOD_CLAVE_MOVIL",
                        "CLAVE_PERSON_NIF", "CLAVE_NATURAL_PERSON", "CLAVE_REPRESENTATIVE"),
                IdentityRoles.of(identity(IdentifierKind.NIF, LevelOfAssurance.SUBSTANTIAL, company)));
        assertFalse(IdentityRoles.of(identity(IdentifierKind.NIF, LevelOfAssurance.HIGH, null)).contains(IdentityRoles.REPRESENTATIVE));
    }
}
