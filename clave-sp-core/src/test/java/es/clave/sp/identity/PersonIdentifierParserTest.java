package es.clave.sp.identity;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PersonIdentifierParserTest {

    private static PersonIdentifier parse(String raw) {
        return PersonIdentifierParser.parse(raw).orElseThrow();
    }

    @Test
    @DisplayName("RSP-12 a bare NIF is a valid Spanish NIF")
    void bareNif() {
        assertEquals(new PersonIdentifier("12345678Z", "12345678Z", IdentifierKind.NIF, true, "ES"), parse("12345678Z"));
    }

    @Test
    @DisplayName("RSP-12 a bare NIE is a valid Spanish NIE")
    void bareNie() {
        assertEquals(new PersonIdentifier("X1234567L", "X1234567L", IdentifierKind.NIE, true, "ES"), parse("X1234567L"));
    }

    @Test
    @DisplayName("RSP-12 tolerant: ES/ES/<NIF> is stripped to the NIF and the raw value kept")
    void spanishEidasPrefixStripped() {
        assertEquals(new PersonIdentifier("12345678Z", "ES/ES/12345678Z", IdentifierKind.NIF, true, "ES"),
                parse("ES/ES/12345678Z"));
    }

    @Test
    @DisplayName("RSP-12 a foreign CC/CC/ identifier is an eIDAS identifier of that country, value verbatim")
    void foreignEidasIdentifier() {
        assertEquals(new PersonIdentifier("ab12-Cd", "DE/ES/ab12-Cd", IdentifierKind.EIDAS, true, "DE"),
                parse("DE/ES/ab12-Cd"));
    }

    @Test
    @DisplayName("RSP-12 a CIF as PersonIdentifier is a legal-person identifier")
    void cif() {
        String cif = TestIdentifiers.cifWithDigit('B', "1234567");
        PersonIdentifier id = parse(cif);
        assertEquals(IdentifierKind.CIF, id.kind());
        assertTrue(id.checkValid());
    }

    @Test
    @DisplayName("RSP-12 a NIF with a wrong check letter is flagged, not dropped")
    void invalidNifFlagged() {
        assertEquals(new PersonIdentifier("12345678A", "12345678A", IdentifierKind.NIF, false, "ES"), parse("12345678A"));
    }

    @Test
    @DisplayName("RSP-12 a NIE with a wrong check letter is flagged, not dropped")
    void invalidNieFlagged() {
        PersonIdentifier id = parse("X1234567A");
        assertEquals(IdentifierKind.NIE, id.kind());
        assertEquals(false, id.checkValid());
    }

    @Test
    @DisplayName("RSP-12 lower case, spaces and hyphens are normalised; raw stays as received")
    void normalisesSpanishValues() {
        PersonIdentifier id = parse(" 12345678-z ");
        assertEquals("12345678Z", id.value());
        assertEquals(" 12345678-z ", id.raw());
        assertTrue(id.checkValid());
    }

    @Test
    @DisplayName("RSP-12 an unrecognisable value is UNKNOWN and flagged, with its value kept")
    void unknownValueKept() {
        assertEquals(new PersonIdentifier("foo bar", "foo bar", IdentifierKind.UNKNOWN, false, null), parse("foo bar"));
    }

    @Test
    @DisplayName("RSP-12 ES/ES/ with something that is not a Spanish identifier is UNKNOWN and flagged")
    void spanishPrefixWithGarbage() {
        PersonIdentifier id = parse("ES/ES/hello");
        assertEquals(IdentifierKind.UNKNOWN, id.kind());
        assertEquals("hello", id.value());
        assertEquals(false, id.checkValid());
    }

    @Test
    @DisplayName("RSP-12 a prefix with an empty value is UNKNOWN, flagged, raw kept")
    void prefixWithoutValue() {
        PersonIdentifier id = parse("FR/ES/");
        assertEquals(IdentifierKind.UNKNOWN, id.kind());
        assertEquals(false, id.checkValid());
        assertEquals("FR/ES/", id.raw());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    @DisplayName("SEC-P11 null or blank values parse to nothing")
    void blankIsAbsent(String raw) {
        assertTrue(PersonIdentifierParser.parse(raw).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345679\u017F", "1234567\u0131\u017F", "\uFF11\uFF12345679S", "X12345\u0669\u0669L"})
    @DisplayName("SEC-P11 a non-ASCII letter or digit that case mapping or digit folding would turn into ASCII never makes a valid NIF/NIE")
    void parseWhenNonAsciiLookAlikeThenUnknownAndFlagged(String raw) {
        PersonIdentifier id = PersonIdentifierParser.parse(raw).orElseThrow();
        assertEquals(IdentifierKind.UNKNOWN, id.kind(), id.toString());
        assertFalse(id.checkValid(), id.toString());
        assertEquals(raw, id.raw());
    }

    @Test
    @DisplayName("SEC-P11 ASCII lower case is still read: 12345679s is the valid NIF 12345679S")
    void parseWhenAsciiLowerCaseThenUpperCasedAndValid() {
        PersonIdentifier id = PersonIdentifierParser.parse("12345679s").orElseThrow();
        assertEquals("12345679S", id.value());
        assertEquals(IdentifierKind.NIF, id.kind());
        assertTrue(id.checkValid());
    }
}
