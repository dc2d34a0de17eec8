package es.clave.sp.identity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SEC-H4: which logins count as the same citizen, so the adapters may keep the session's contents. */
class ClaveIdentitySameCitizenTest {

    private static final String ANA = TestIdentifiers.nif(12345678);
    private static final String BEA = TestIdentifiers.nif(87654321);

    private static PersonIdentifier nif(String value) {
        return new PersonIdentifier(value, value, IdentifierKind.NIF, true, "ES");
    }

    private static ClaveIdentity.Builder citizen(String nif) {
        return ClaveIdentity.builder().personIdentifier(nif(nif)).givenName("x");
    }

    private static LegalPerson company(String cif) {
        return new LegalPerson(new PersonIdentifier(cif, cif, IdentifierKind.CIF, true, "ES"), "Company",
                LegalPerson.Source.EIDAS_ATTRIBUTES);
    }

    @Test
    @DisplayName("SEC-H4 the same identifier is the same citizen, whatever the name or level of assurance")
    void sameIdentifierThenSameCitizen() {
        assertTrue(citizen(ANA).build().isSameCitizen(citizen(ANA).givenName("Other name").build()));
    }

    @Test
    @DisplayName("SEC-H4 another identifier, another country or no other identity is not the same citizen")
    void otherIdentifierOrCountryThenNotSameCitizen() {
        ClaveIdentity ana = citizen(ANA).build();
        assertFalse(ana.isSameCitizen(citizen(BEA).build()));
        assertFalse(ana.isSameCitizen(ClaveIdentity.builder()
                .personIdentifier(new PersonIdentifier(ANA, ANA, IdentifierKind.EIDAS, true, "PT")).build()));
        assertFalse(ana.isSameCitizen(null));
        assertFalse(ClaveIdentity.builder().build().isSameCitizen(ClaveIdentity.builder().build()),
                "identities without identifier are never known to be the same");
    }

    @Test
    @DisplayName("SEC-H4 a representative of another company, or of none, is not the same citizen")
    void representedCompanyDiffersThenNotSameCitizen() {
        ClaveIdentity forA = citizen(ANA).representedEntity(company("A58818501")).build();
        assertTrue(forA.isSameCitizen(citizen(ANA).representedEntity(company("A58818501")).build()));
        assertFalse(forA.isSameCitizen(citizen(ANA).representedEntity(company("B00000000")).build()));
        assertFalse(forA.isSameCitizen(citizen(ANA).build()));
        assertFalse(citizen(ANA).build().isSameCitizen(forA));
    }
}
