package es.clave.sp.identity;

/** What kind of identifier a {@link PersonIdentifier} holds. */
public enum IdentifierKind {
    /** Spanish national identity number of a Spanish national (DNI + check letter). */
    NIF,
    /** Spanish foreigner identity number (X/Y/Z + digits + check letter). */
    NIE,
    /** Spanish tax id of a legal person (letter + 7 digits + check character). */
    CIF,
    /** A foreign eIDAS identifier ({@code CC/CC/value}) from another member state. */
    EIDAS,
    /** Anything else; the raw value is kept. */
    UNKNOWN
}
