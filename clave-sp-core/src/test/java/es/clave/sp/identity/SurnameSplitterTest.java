package es.clave.sp.identity;

import es.clave.sp.identity.SurnameSplitter.Surnames;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SurnameSplitterTest {

    @Test
    @DisplayName("RSP-12 second surname is FamilyName minus the FirstSurname prefix")
    void splitsOnFirstSurname() {
        assertEquals(new Surnames("GARCÍA LÓPEZ", "GARCÍA", "LÓPEZ"), SurnameSplitter.split("GARCÍA LÓPEZ", "GARCÍA"));
    }

    @Test
    @DisplayName("RSP-12 compound first surnames split correctly")
    void compoundFirstSurname() {
        assertEquals(new Surnames("DE LA FUENTE SAN JOSÉ", "DE LA FUENTE", "SAN JOSÉ"),
                SurnameSplitter.split("DE LA FUENTE SAN JOSÉ", "DE LA FUENTE"));
    }

    @Test
    @DisplayName("RSP-12 extra spaces are tolerated and collapsed")
    void extraSpaces() {
        assertEquals(new Surnames("GARCÍA LÓPEZ", "GARCÍA", "LÓPEZ"), SurnameSplitter.split("  GARCÍA   LÓPEZ ", " GARCÍA "));
    }

    @Test
    @DisplayName("RSP-12 case and accent differences between the attributes are tolerated")
    void caseAndAccents() {
        assertEquals(new Surnames("García López", "GARCIA", "López"), SurnameSplitter.split("García López", "GARCIA"));
    }

    @Test
    @DisplayName("RSP-12 only one surname: no second surname")
    void onlyOneSurname() {
        assertEquals(new Surnames("SMITH", "SMITH", null), SurnameSplitter.split("SMITH", "SMITH"));
    }

    @Test
    @DisplayName("RSP-12 FirstSurname absent: first surname is the whole FamilyName, second unknown")
    void firstSurnameAbsent() {
        assertEquals(new Surnames("van der Berg", "van der Berg", null), SurnameSplitter.split("van der Berg", null));
    }

    @Test
    @DisplayName("RSP-12 FamilyName not starting with FirstSurname: second surname unknown, not guessed")
    void notAPrefix() {
        assertEquals(new Surnames("LÓPEZ GARCÍA", "GARCÍA", null), SurnameSplitter.split("LÓPEZ GARCÍA", "GARCÍA"));
    }

    @Test
    @DisplayName("RSP-12 the prefix must end on a word boundary")
    void prefixMustEndOnWord() {
        assertEquals(new Surnames("GARCIAS LOPEZ", "GARCIA", null), SurnameSplitter.split("GARCIAS LOPEZ", "GARCIA"));
    }

    @Test
    @DisplayName("RSP-12 FamilyName absent: first surname from FirstSurname")
    void familyNameAbsent() {
        assertEquals(new Surnames(null, "GARCÍA", null), SurnameSplitter.split(null, "GARCÍA"));
    }

    @Test
    @DisplayName("RSP-12 neither attribute: nothing")
    void nothing() {
        assertEquals(new Surnames(null, null, null), SurnameSplitter.split(null, "  "));
    }
}
