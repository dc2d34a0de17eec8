package es.clave.sp.identity;

import es.clave.sp.login.IdentificationMethod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SelectedIdpMatcherTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "AFIRMA, CERTIFICATE",
            "SEGSOC, CLAVE_PERMANENTE",
            "PIN24H, CLAVE_PIN",
            "IDP_MOVIL, CLAVE_MOVIL",
            "EIDAS, EU_EIDAS",
            "[AFIRMA], CERTIFICATE",
            "'[IDP_MOVIL]', CLAVE_MOVIL",
            "afirma, CERTIFICATE",
            "Clave-AFIRMA-IdP, CERTIFICATE",
            "idp-movil, CLAVE_MOVIL",
            "urn:clave:SEGSOC, CLAVE_PERMANENTE",
            "PIN24H_AEAT, CLAVE_PIN",
            "GISSIdP, CLAVE_PERMANENTE",
            "CLVMOVILIdP, CLAVE_MOVIL",
            "' EIDAS ', EU_EIDAS"
    })
    @DisplayName("§3 SelectedIdP tokens match tolerantly")
    void matchesTokens(String raw, IdentificationMethod expected) {
        assertEquals(expected, SelectedIdpMatcher.match(raw));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "FOO", "NEWIDP", "[AFIRMA,SEGSOC]"})
    @DisplayName("§3 unknown, absent or ambiguous SelectedIdP is OTHER")
    void unknownIsOther(String raw) {
        assertEquals(IdentificationMethod.OTHER, SelectedIdpMatcher.match(raw));
    }
}
