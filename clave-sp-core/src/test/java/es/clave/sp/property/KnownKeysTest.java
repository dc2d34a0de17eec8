package es.clave.sp.property;

import es.clave.sp.error.ClaveConfigException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Unknown keys are typos: each component declares its keys and the caller checks its namespace. */
class KnownKeysTest {

    private static final KnownKeys CORE = KnownKeys.of("docs/configuration.md",
            "clave.environment", "clave.sp.code", "clave.sp.decryption[N].key-store");
    private static final KnownKeys ADAPTER = KnownKeys.of("the adapter README", "clave.servlet.prefix");

    @Test
    @DisplayName("an unknown key in scope fails with the nearest known key as structured data")
    void unknownKeySuggestsNearest() {
        ClaveConfigException e = assertThrows(ClaveConfigException.class,
                () -> CORE.rejectUnknown(List.of("clave.enviroment"), k -> k.startsWith("clave.")));
        assertEquals("clave.enviroment", e.property());
        assertEquals(ClaveConfigException.Problem.UNKNOWN_KEY, e.problem());
        assertEquals(Optional.of("clave.environment"), e.suggestion());
        assertEquals("clave.enviroment: is not a known setting (did you mean clave.environment?); every key is listed"
                + " in docs/configuration.md", e.getMessage());
    }

    @Test
    @DisplayName("indexed keys match any index, and a typo's suggestion keeps the written index")
    void indexedKeys() {
        assertTrue(CORE.contains("clave.sp.decryption[3].key-store"));
        assertFalse(CORE.contains("clave.sp.decryption[x].key-store"));
        ClaveConfigException e = assertThrows(ClaveConfigException.class,
                () -> CORE.rejectUnknown(List.of("clave.sp.decryption[2].key-stor"), k -> true));
        assertEquals(Optional.of("clave.sp.decryption[2].key-store"), e.suggestion());
    }

    @Test
    @DisplayName("keys out of scope are left to their owners; the union knows both components' keys")
    void scopeAndUnion() {
        List<String> present = List.of("clave.sp.code", "clave.servlet.prefix", "spring.main.banner-mode");
        assertDoesNotThrow(() -> CORE.rejectUnknown(present, k -> k.startsWith("clave.") && !k.startsWith("clave.servlet.")));
        assertThrows(ClaveConfigException.class, () -> CORE.rejectUnknown(present, k -> k.startsWith("clave.")));
        assertDoesNotThrow(() -> CORE.and(ADAPTER).rejectUnknown(present, k -> k.startsWith("clave.")));
    }

    @Test
    @DisplayName("a key far from every known one gets no suggestion")
    void noWildSuggestion() {
        ClaveConfigException e = assertThrows(ClaveConfigException.class,
                () -> CORE.rejectUnknown(List.of("clave.totally.different.thing"), k -> true));
        assertEquals(Optional.empty(), e.suggestion());
        assertFalse(e.getMessage().contains("did you mean"), e.getMessage());
    }

    @Test
    @DisplayName("edit distance counts a transposition as one edit")
    void distance() {
        assertEquals(1, Nearest.distance("ture", "true"));
        assertEquals(1, Nearest.distance("clave.enviroment", "clave.environment"));
        assertEquals(3, Nearest.distance("kitten", "sitting"));
    }
}
