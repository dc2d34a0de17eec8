package es.clave.sp.text;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogSanitizerTest {

    @ParameterizedTest
    @ValueSource(ints = {'\n', '\r', 0x0B, 0x1B, 0x7F, 0x85, 0x9B, 0x2028, 0x2029, 0x202E, 0x2066, 0x200B, 0xFEFF, 0xE0041})
    @DisplayName("SEC-H6 line breaks, NEL, C0/C1 controls, line/paragraph separators, bidi overrides and invisible format characters are escaped")
    void sanitizeWhenUnsafeCodePointThenEscaped(int codePoint) {
        String forged = "ok" + new String(Character.toChars(codePoint)) + "FAKE LOG LINE";
        String logged = LogSanitizer.sanitize(forged);
        assertFalse(logged.codePoints().anyMatch(LogSanitizer::isUnsafe), logged);
        assertTrue(logged.startsWith("ok") && logged.endsWith("FAKE LOG LINE") && logged.length() > forged.length(),
                "escaped in place, not dropped: " + logged);
        assertEquals(logged, LogSanitizer.sanitize(logged), "idempotent");
    }

    @Test
    @DisplayName("SEC-H6 a lone surrogate is escaped; a real supplementary character and accented letters are kept")
    void sanitizeWhenSurrogatesThenOnlyLoneOnesEscaped() {
        assertEquals("Peña Müller 😀", LogSanitizer.sanitize("Peña Müller 😀"));
        assertFalse(LogSanitizer.sanitize("a\uD800b").contains("\uD800"));
    }

    @Test
    @DisplayName("SEC-H6 a 150 KB IdP status message is capped: only the first characters and the count of the rest are logged")
    void sanitizeWhenHugeThenCapped() {
        String huge = "x".repeat(150 * 1024);
        String logged = LogSanitizer.sanitize(huge);
        assertTrue(logged.length() < LogSanitizer.DEFAULT_MAX_CHARS + 64, "length " + logged.length());
        assertTrue(logged.startsWith("x".repeat(LogSanitizer.DEFAULT_MAX_CHARS)));
        assertTrue(logged.contains((150 * 1024 - LogSanitizer.DEFAULT_MAX_CHARS) + " more chars not logged"), logged);
    }

    @Test
    @DisplayName("SEC-H6 clean text is returned as is, without a copy; null logs as empty")
    void sanitizeWhenCleanThenSameInstance() {
        String clean = "Authentication Failed (certificate not valid)";
        assertSame(clean, LogSanitizer.sanitize(clean));
        assertEquals("", LogSanitizer.sanitize(null));
    }
}
