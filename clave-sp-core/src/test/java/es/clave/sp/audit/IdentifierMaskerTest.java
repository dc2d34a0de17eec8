package es.clave.sp.audit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class IdentifierMaskerTest {

    @Test
    @DisplayName("audit: a NIF keeps its first four characters and its check letter")
    void maskNif() {
        assertEquals("1234****Z", IdentifierMasker.mask("12345678Z"));
    }

    @Test
    @DisplayName("audit: NIE and eIDAS identifiers are masked the same way")
    void maskOthers() {
        assertEquals("X123****L", IdentifierMasker.mask("X1234567L"));
        assertEquals("ES/D**********9", IdentifierMasker.mask("ES/DE/123456789"));
    }

    @Test
    @DisplayName("audit: identifiers of five characters or fewer keep only the last one")
    void maskShort() {
        assertEquals("****5", IdentifierMasker.mask("12345"));
        assertEquals("A", IdentifierMasker.mask("A"));
        assertEquals("", IdentifierMasker.mask(""));
        assertNull(IdentifierMasker.mask(null));
    }
}
