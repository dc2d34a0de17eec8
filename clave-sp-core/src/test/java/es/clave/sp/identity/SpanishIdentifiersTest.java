package es.clave.sp.identity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpanishIdentifiersTest {

    @Test
    @DisplayName("RSP-12 well-known examples validate: NIF 12345678Z, NIE X1234567L, CIF A58818501")
    void knownExamplesValidate() {
        assertTrue(SpanishIdentifiers.isValidNif("12345678Z"));
        assertTrue(SpanishIdentifiers.isValidNie("X1234567L"));
        assertTrue(SpanishIdentifiers.isValidCif("A58818501"));
    }

    @Test
    @DisplayName("RSP-12 NIF check letter matches the mod-23 table for many numbers")
    void nifCheckLetterMatchesIndependentComputation() {
        for (int n = 0; n < 100_000_000; n += 3_999_971) {
            String nif = TestIdentifiers.nif(n);
            assertTrue(SpanishIdentifiers.isValidNif(nif), nif);
            assertFalse(SpanishIdentifiers.isValidNif(TestIdentifiers.withWrongCheck(nif)), nif);
        }
    }

    @Test
    @DisplayName("RSP-12 NIE prefixes X, Y, Z count as 0, 1, 2")
    void niePrefixesCountAsDigits() {
        for (char prefix : new char[] {'X', 'Y', 'Z'}) {
            String nie = TestIdentifiers.nie(prefix, 1234567);
            assertTrue(SpanishIdentifiers.isValidNie(nie), nie);
            assertFalse(SpanishIdentifiers.isValidNie(TestIdentifiers.withWrongCheck(nie)), nie);
        }
        // same digits, different prefix: the letter differs, so a swapped prefix fails the check
        assertFalse(SpanishIdentifiers.isValidNie("Y" + TestIdentifiers.nie('X', 1234567).substring(1)));
    }

    @Test
    @DisplayName("RSP-12 K/L/M NIFs take their letter from the seven digits")
    void klmNifs() {
        String digits = "1234567";
        char letter = "TRWAGMYFPDXBNJZSQVHLCKE".charAt(1234567 % 23);
        assertTrue(SpanishIdentifiers.isValidNif("K" + digits + letter));
        assertEquals(Optional.of(IdentifierKind.NIF), SpanishIdentifiers.kindOf("L" + digits + letter));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "7654321", "0000000", "5881850", "9999999", "1010101"})
    @DisplayName("RSP-12 CIF control: digit for A/B/E/H, letter for N/P/Q/R/S/W, either for C/D/F/G/J/U/V")
    void cifControlRulesByOrganisationType(String digits) {
        for (char type : "ABEH".toCharArray()) {
            assertTrue(SpanishIdentifiers.isValidCif(TestIdentifiers.cifWithDigit(type, digits)));
            assertFalse(SpanishIdentifiers.isValidCif(TestIdentifiers.cifWithLetter(type, digits)));
        }
        for (char type : "NPQRSW".toCharArray()) {
            assertTrue(SpanishIdentifiers.isValidCif(TestIdentifiers.cifWithLetter(type, digits)));
            assertFalse(SpanishIdentifiers.isValidCif(TestIdentifiers.cifWithDigit(type, digits)));
        }
        for (char type : "CDFGJUV".toCharArray()) {
            assertTrue(SpanishIdentifiers.isValidCif(TestIdentifiers.cifWithLetter(type, digits)));
            assertTrue(SpanishIdentifiers.isValidCif(TestIdentifiers.cifWithDigit(type, digits)));
        }
        String wrong = TestIdentifiers.withWrongCheck(TestIdentifiers.cifWithDigit('B', digits));
        assertFalse(SpanishIdentifiers.isValidCif(wrong), wrong);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567Z", "123456789", "X12345678", "I1234567A", "12345678-Z", "ABCDEFGHI"})
    @DisplayName("RSP-12 values without a NIF, NIE or CIF shape have no kind and never validate")
    void shapelessValuesHaveNoKind(String value) {
        assertEquals(Optional.empty(), SpanishIdentifiers.kindOf(value));
        assertFalse(SpanishIdentifiers.isValid(value));
    }
}
