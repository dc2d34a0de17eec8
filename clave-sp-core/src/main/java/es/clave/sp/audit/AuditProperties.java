package es.clave.sp.audit;

import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.property.KnownKeys;
import es.clave.sp.property.PropertyReader;

import java.util.Map;

/** The {@code clave.audit.*} properties, documented in {@code docs/operations.md}. */
public final class AuditProperties {

    /** {@code clave.audit.mask-identifiers}: mask person identifiers in audit events (default true). */
    public static final String MASK_IDENTIFIERS = "clave.audit.mask-identifiers";
    /** The {@code clave.audit.*} keys. */
    public static final KnownKeys KNOWN_KEYS = KnownKeys.of("docs/operations.md", MASK_IDENTIFIERS);

    private AuditProperties() {
    }

    /**
     * @return the value of {@value #MASK_IDENTIFIERS} in {@code properties}, true when absent or blank
     * @throws ClaveConfigException when the value is neither true nor false
     */
    public static boolean maskIdentifiers(Map<String, String> properties) {
        return maskIdentifiers(PropertyReader.of(properties));
    }

    /** Same as {@link #maskIdentifiers(Map)} for properties already being read. */
    public static boolean maskIdentifiers(PropertyReader properties) {
        return properties.bool(MASK_IDENTIFIERS, true);
    }
}
