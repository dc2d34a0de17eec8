package es.clave.sp.identity;

import java.io.Serial;
import java.io.Serializable;

/**
 * An identifier as Cl@ve delivered it.
 *
 * @param value       the normalised identifier (eIDAS {@code CC/CC/} prefix removed for Spanish ones, upper case)
 * @param raw         the attribute value exactly as received
 * @param kind        what the value is
 * @param checkValid  whether the check letter or digit is correct; always true for kinds without one
 * @param countryCode the issuing country (ISO 3166 alpha-2), {@code ES} for Spanish identifiers
 */
public record PersonIdentifier(String value, String raw, IdentifierKind kind, boolean checkValid,
                               String countryCode) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
}
