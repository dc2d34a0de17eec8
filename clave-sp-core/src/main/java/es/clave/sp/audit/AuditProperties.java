package es.clave.sp.audit;

import es.clave.sp.error.ClaveConfigException;

import java.util.Locale;
import java.util.Map;

/** The {@code clave.audit.*} properties, documented in {@code docs/operations.md}. */
public final class AuditProperties {

    /** {@code clave.audit.mask-identifiers}: mask person identifiers in audit events (default true). */
    public static final String MASK_IDENTIFIERS = "clave.audit.mask-identifiers";

    private AuditProperties() {
    }

    /**
     * @return the value of {@value #MASK_IDENTIFIERS} in {@code properties}, true when absent or blank
     * @throws ClaveConfigException when the value is neither true nor false
     */
    public static boolean maskIdentifiers(Map<String, String> properties) {
        String v = properties.get(MASK_IDENTIFIERS);
        if (v == null || v.isBlank()) {
            return true;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ClaveConfigException(MASK_IDENTIFIERS, "'" + v.strip() + "' is not true or false");
        };
    }
}
