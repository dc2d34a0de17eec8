package es.clave.sp.buildchecks;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionTest {

    @Test
    @DisplayName("SEC-D: versions compare by their numbers, numerically and with missing parts as zero")
    void numbersCompareNumerically() {
        assertTrue(Version.parse("1.3.5").isBelow(Version.parse("1.10")));
        assertTrue(Version.parse("4.0.1").isBelow(Version.parse("5")));
        assertFalse(Version.parse("5.0.0").isBelow(Version.parse("5")));
        assertFalse(Version.parse("1.87").isBelow(Version.parse("1.87")));
        assertTrue(Version.parse("1.86").isBelow(Version.parse("1.87")));
    }

    @Test
    @DisplayName("SEC-D: a pre-release sorts below its release; other qualifiers do not change the order")
    void qualifiers() {
        assertTrue(Version.parse("2.0.0-beta1").isBelow(Version.parse("2.0.0")));
        assertTrue(Version.parse("3.0.0-SNAPSHOT").isBelow(Version.parse("3.0.0")));
        assertTrue(Version.parse("5.0.0-RC2").isBelow(Version.parse("5")));
        assertFalse(Version.parse("33.8.0-jre").isBelow(Version.parse("33.8.0")));
        assertTrue(Version.parse("5.2.4.RELEASE").isBelow(Version.parse("6.0.0")));
    }

    @Test
    @DisplayName("SEC-D: a version without leading numbers is refused, not guessed")
    void refusesNonNumericVersions() {
        assertThrows(IllegalArgumentException.class, () -> Version.parse("LATEST"));
    }
}
