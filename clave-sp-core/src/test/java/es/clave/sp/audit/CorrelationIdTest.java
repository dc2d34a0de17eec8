package es.clave.sp.audit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorrelationIdTest {

    @Test
    @DisplayName("audit: an open scope puts its id in the MDC under clave.correlationId; closing removes it")
    void openPutsIdInMdcAndCloseRemovesIt() {
        assertTrue(CorrelationId.current().isEmpty());
        String id;
        try (CorrelationId.Scope scope = CorrelationId.open()) {
            id = scope.id();
            assertEquals(id, CorrelationId.current().orElseThrow());
            assertEquals(id, MDC.get("clave.correlationId"));
        }
        assertTrue(CorrelationId.current().isEmpty());
        assertEquals(null, MDC.get(CorrelationId.MDC_KEY));
    }

    @Test
    @DisplayName("audit: openIfAbsent reuses the request's id and does not close it")
    void openIfAbsentReusesOuterScope() {
        try (CorrelationId.Scope outer = CorrelationId.open("OUTER-42")) {
            try (CorrelationId.Scope inner = CorrelationId.openIfAbsent()) {
                assertEquals("OUTER-42", inner.id());
            }
            assertEquals("OUTER-42", CorrelationId.current().orElseThrow());
        }
        assertTrue(CorrelationId.current().isEmpty());
    }

    @Test
    @DisplayName("audit: a nested scope restores the outer id when closed")
    void nestedScopeRestoresOuter() {
        try (CorrelationId.Scope outer = CorrelationId.open("OUTER")) {
            try (CorrelationId.Scope inner = CorrelationId.open("INNER")) {
                assertEquals("INNER", MDC.get(CorrelationId.MDC_KEY));
            }
            assertEquals("OUTER", CorrelationId.current().orElseThrow());
            assertEquals("OUTER", MDC.get(CorrelationId.MDC_KEY));
        }
    }

    @Test
    @DisplayName("audit: new ids are 12 readable characters in groups of four, and differ")
    void newIdFormat() {
        String a = CorrelationId.newId();
        assertTrue(a.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), a);
        assertNotEquals(a, CorrelationId.newId());
    }

    @Test
    @DisplayName("audit: an id carrying markup or line breaks is refused (it reaches logs and HTML)")
    void openRefusesUnsafeIds() {
        assertThrows(IllegalArgumentException.class, () -> CorrelationId.open("<script>"));
        assertThrows(IllegalArgumentException.class, () -> CorrelationId.open("a\nb"));
        assertThrows(IllegalArgumentException.class, () -> CorrelationId.open(""));
    }
}
