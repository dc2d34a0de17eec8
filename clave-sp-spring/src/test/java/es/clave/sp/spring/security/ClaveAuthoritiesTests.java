package es.clave.sp.spring.security;

import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.identity.IdentifierKind;
import es.clave.sp.identity.LegalPerson;
import es.clave.sp.identity.PersonIdentifier;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.core.GrantedAuthority;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClaveAuthoritiesTests {

    private static ClaveIdentity identity(LevelOfAssurance loa, IdentificationMethod method, IdentifierKind kind,
                                          LegalPerson company) {
        return ClaveIdentity.builder()
                .personIdentifier(new PersonIdentifier("12345678Z", "12345678Z", kind, true, "ES"))
                .givenName("María").familyName("García López").levelOfAssurance(loa).method(method)
                .representedEntity(company).build();
    }

    private static List<String> names(ClaveIdentity identity) {
        return ClaveAuthorities.defaultMapper().authorities(identity).stream().map(GrantedAuthority::getAuthority).toList();
    }

    @ParameterizedTest
    @CsvSource({
            "LOW,         CLAVE_LOA_LOW,                                             CLAVE_LOA_SUBSTANTIAL",
            "SUBSTANTIAL, CLAVE_LOA_LOW;CLAVE_LOA_SUBSTANTIAL,                       CLAVE_LOA_HIGH",
            "HIGH,        CLAVE_LOA_LOW;CLAVE_LOA_SUBSTANTIAL;CLAVE_LOA_HIGH,        NONE"})
    @DisplayName("RSP-9: the LoA authorities follow the hierarchy: a level includes every lower one, never a higher one")
    void loaAuthoritiesIncludeLowerLevelsOnly(LevelOfAssurance loa, String granted, String notGranted) {
        List<String> names = names(identity(loa, IdentificationMethod.CLAVE_MOVIL, IdentifierKind.NIF, null));

        assertThat(names).contains(granted.split(";")).doesNotContain(notGranted);
    }

    @Test
    @DisplayName("method, person kind and CLAVE_USER are granted; CLAVE_REPRESENTATIVE only when acting for a company")
    void methodKindAndRepresentative() {
        LegalPerson company = new LegalPerson(new PersonIdentifier("B12345674", "B12345674", IdentifierKind.CIF, true, "ES"),
                "EMPRESA SL", LegalPerson.Source.PARTIAL_AFIRMA);

        assertThat(names(identity(LevelOfAssurance.HIGH, IdentificationMethod.CERTIFICATE, IdentifierKind.NIE, company)))
                .contains("CLAVE_USER", "CLAVE_METHOD_CERTIFICATE", "CLAVE_PERSON_NIE", "CLAVE_REPRESENTATIVE");
        assertThat(names(identity(LevelOfAssurance.LOW, IdentificationMethod.CLAVE_PIN, IdentifierKind.NIF, null)))
                .contains("CLAVE_METHOD_CLAVE_PIN", "CLAVE_PERSON_NIF").doesNotContain("CLAVE_REPRESENTATIVE");
    }

    @Test
    @DisplayName("the token's principal is the identity and its name the person identifier; it cannot be re-marked authenticated")
    void tokenExposesIdentity() {
        ClaveIdentity identity = identity(LevelOfAssurance.LOW, IdentificationMethod.CLAVE_PIN, IdentifierKind.NIF, null);
        ClaveAuthenticationToken token = new ClaveAuthenticationToken(identity, ClaveAuthorities.defaultMapper().authorities(identity));

        assertThat(token.getPrincipal()).isSameAs(identity);
        assertThat(token.getName()).isEqualTo("12345678Z");
        assertThat(token.isAuthenticated()).isTrue();
        assertThat(token.getCredentials()).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> token.setAuthenticated(true));
        token.setAuthenticated(false);
        assertThat(token.isAuthenticated()).isFalse();
    }
}
