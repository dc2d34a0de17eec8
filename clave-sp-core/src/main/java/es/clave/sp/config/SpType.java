package es.clave.sp.config;

/** The eIDAS {@code SPType} extension value (REQ-8). */
public enum SpType {
    /** a public-sector SP, the usual case for Cl@ve; emitted as {@code public} */
    PUBLIC,
    /** a private-sector SP; emitted as {@code private} */
    PRIVATE;

    /** @return the wire value */
    public String wireValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
