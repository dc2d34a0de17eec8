package es.clave.sp.audit;

import es.clave.sp.error.ClaveConfigException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuditPropertiesTest {

    @Test
    @DisplayName("audit: clave.audit.mask-identifiers defaults to true, reads true/false, refuses anything else")
    void maskIdentifiers() {
        assertTrue(AuditProperties.maskIdentifiers(Map.of()));
        assertTrue(AuditProperties.maskIdentifiers(Map.of("clave.audit.mask-identifiers", " TRUE ")));
        assertFalse(AuditProperties.maskIdentifiers(Map.of("clave.audit.mask-identifiers", "false")));
        ClaveConfigException e = assertThrows(ClaveConfigException.class,
                () -> AuditProperties.maskIdentifiers(Map.of("clave.audit.mask-identifiers", "no")));
        assertEquals("clave.audit.mask-identifiers", e.property());
        assertEquals(List.of("true", "false"), e.validValues());
    }
}
