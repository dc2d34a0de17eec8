package es.clave.sp.property;

import es.clave.sp.error.ClaveConfigException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one grammar every {@code clave.*} key is read with (docs/configuration.md, "Rules for values"). */
class PropertyReaderTest {

    private enum Color { RED, DARK_GREEN, BLUE }

    private static PropertyReader reader(String key, String value) {
        return PropertyReader.of(Map.of(key, value));
    }

    @ParameterizedTest
    @CsvSource({"PT60S, 60000", "pt5m, 300000", "P1D, 86400000", "PT0.5S, 500", "500ms, 500", "60s, 60000",
            "5m, 300000", "2h, 7200000", "1d, 86400000", "30S, 30000", "' 45s ', 45000", "0s, 0"})
    @DisplayName("durations: ISO-8601 or a whole number with ms, s, m, h or d")
    void durationGrammar(String value, long millis) {
        assertEquals(Duration.ofMillis(millis), reader("k", value).duration("k").orElseThrow());
    }

    @Test
    @DisplayName("a bare number is refused with the new form, never read silently as seconds or milliseconds")
    void bareNumberRefused() {
        ClaveConfigException e = assertThrows(ClaveConfigException.class, () -> reader("clave.x", "600").duration("clave.x"));
        assertEquals("clave.x", e.property());
        assertEquals(ClaveConfigException.Problem.MALFORMED_VALUE, e.problem());
        assertTrue(e.getMessage().contains("'600'") && e.getMessage().contains("600s"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5 m", "5min", "1.5s", "-5s", "-PT5S", "PT", "soon", "99999999999999999999d", "P9999999999999999D"})
    @DisplayName("anything else is refused naming the key, the value and the grammar")
    void badDurations(String value) {
        ClaveConfigException e = assertThrows(ClaveConfigException.class, () -> reader("clave.x", value).duration("clave.x"));
        assertTrue(e.getMessage().startsWith("clave.x: '" + value + "' is not a duration"), e.getMessage());
    }

    @Test
    @DisplayName("a duration under its minimum names the minimum in the short form")
    void durationMinimum() {
        ClaveConfigException e = assertThrows(ClaveConfigException.class,
                () -> reader("k", "500ms").duration("k", Duration.ofSeconds(5), Duration.ofSeconds(1)));
        assertEquals("k: '500ms' is shorter than the minimum 1s", e.getMessage());
        assertEquals(Duration.ofSeconds(5), PropertyReader.of(Map.of()).duration("k", Duration.ofSeconds(5), Duration.ofSeconds(1)));
    }

    @ParameterizedTest
    @CsvSource({"true, true", "FALSE, false", "' True ', true"})
    @DisplayName("booleans are true or false in any case")
    void booleans(String value, boolean expected) {
        assertEquals(expected, reader("k", value).bool("k", !expected));
    }

    @ParameterizedTest
    @CsvSource({"yes, ", "1, ", "ture, true", "flase, false", "on, "})
    @DisplayName("anything else is refused, not read as false; a typo gets the nearest value")
    void badBooleans(String value, String suggestion) {
        ClaveConfigException e = assertThrows(ClaveConfigException.class, () -> reader("clave.b", value).bool("clave.b", false));
        assertEquals(List.of("true", "false"), e.validValues());
        assertEquals(Optional.ofNullable(suggestion), e.suggestion());
        assertTrue(e.getMessage().startsWith("clave.b: '" + value + "' is not a boolean"), e.getMessage());
    }

    @Test
    @DisplayName("enumerations ignore case and treat - and _ alike")
    void enums() {
        assertEquals(Color.DARK_GREEN, reader("k", "dark-green").enumValue("k", Color.class, Color.RED));
        assertEquals(Color.DARK_GREEN, reader("k", "Dark_Green").enumValue("k", Color.class, Color.RED));
        assertEquals(Color.RED, PropertyReader.of(Map.of()).enumValue("k", Color.class, Color.RED));
    }

    @Test
    @DisplayName("a bad enumeration value lists the valid values and suggests the nearest")
    void badEnum() {
        ClaveConfigException e = assertThrows(ClaveConfigException.class, () -> reader("clave.c", "blu").enumValue("clave.c", Color.class));
        assertEquals("clave.c: 'blu' is not one of red, dark-green, blue (did you mean blue?)", e.getMessage());
        assertEquals(List.of("red", "dark-green", "blue"), e.validValues());
        assertEquals(Optional.of("blue"), e.suggestion());
        ClaveConfigException far = assertThrows(ClaveConfigException.class, () -> reader("clave.c", "purple").enumValue("clave.c", Color.class));
        assertEquals(Optional.empty(), far.suggestion());
    }

    @Test
    @DisplayName("whole numbers: a bad one is named; a minimum is enforced")
    void integers() {
        assertEquals(42, reader("k", " 42 ").integer("k", 1, 1));
        assertEquals(7, PropertyReader.of(Map.of()).integer("k", 7, 1));
        assertTrue(assertThrows(ClaveConfigException.class, () -> reader("k", "4k").integer("k", 1, 1)).getMessage()
                .startsWith("k: '4k' is not a whole number"));
        assertEquals("k: '0' is below the minimum 1",
                assertThrows(ClaveConfigException.class, () -> reader("k", "0").integer("k", 1, 1)).getMessage());
    }

    @Test
    @DisplayName("blank values count as absent; verbatim keeps them; raw keeps the surrounding blanks")
    void blanks() {
        PropertyReader r = PropertyReader.of(Map.of(" k ", "  ", "p", " secret "));
        assertFalse(r.isSet("k"));
        assertEquals("fallback", r.string("k", "fallback"));
        assertEquals(Optional.of("  "), r.verbatim("k"));
        assertEquals(Optional.of(" secret "), r.raw("p"));
        assertEquals(Optional.of("secret"), r.string("p"));
    }

    @Test
    @DisplayName("lists are comma-separated with blank entries dropped")
    void lists() {
        assertEquals(List.of("a", "b c", "d"), reader("k", " a, b c ,, d,").list("k"));
        assertEquals(List.of(), PropertyReader.of(Map.of()).list("k"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/clave/sp.p12", "keys/sp.p12", "file:/etc/sp.p12", "classpath:keys/sp.p12", "C:\\keys\\sp.p12"})
    @DisplayName("locations: a path, file: or classpath:")
    void locations(String value) {
        assertEquals(Optional.of(value), reader("k", value).location("k"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.es/sp.p12", "http://example.es/sp.p12", "ftp:x", "Classpath:keys/sp.p12"})
    @DisplayName("URLs are refused as locations: they would be read as odd relative file names")
    void urlLocationsRefused(String value) {
        ClaveConfigException e = assertThrows(ClaveConfigException.class, () -> reader("k", "a.pem, " + value).locations("k"));
        assertTrue(e.getMessage().contains("is not a location"), e.getMessage());
    }

    @Test
    @DisplayName("URIs: syntax errors name the key")
    void uris() {
        assertEquals(URI.create("https://x.es/a"), reader("k", "https://x.es/a").uri("k").orElseThrow());
        assertTrue(assertThrows(ClaveConfigException.class, () -> reader("k", "https://x es").uri("k")).getMessage()
                .startsWith("k: 'https://x es' is not a URL"));
    }

    @ParameterizedTest
    @CsvSource({"PT30S, 30s", "PT6H, 6h", "PT1.5S, 1500ms", "P2D, 2d", "PT90M, 90m", "PT0S, 0s"})
    @DisplayName("durations in messages are written in the short form of the grammar")
    void format(String iso, String expected) {
        assertEquals(expected, PropertyReader.format(Duration.parse(iso)));
    }
}
