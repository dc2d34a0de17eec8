package es.clave.sp.identity;

import java.io.Serial;
import java.io.Serializable;

/**
 * An identifier as Cl@ve delivered it.
 *
 * @param value       the normalised identifier: any eIDAS {@code CC/CC/} prefix removed; Spanish ones upper
 *                    case without spaces, dots or hyphens; foreign ones verbatim
 * @param raw         the attribute value exactly as received
 * @param kind        what the value is
 * @param checkValid  whether the check letter or digit is correct; true for {@link IdentifierKind#EIDAS}
 *                    (no check to make), false for {@link IdentifierKind#UNKNOWN} (nothing could be checked)
 * @param countryCode the issuing country (ISO 3166 alpha-2), {@code ES} for Spanish identifiers; null for
 *                    an unrecognisable value without a country prefix
 */
public record PersonIdentifier(String value, String raw, IdentifierKind kind, boolean checkValid,
                               String countryCode) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @return whether this is a Spanish legal person's CIF (as PersonIdentifier: a legal-person certificate) */
    public boolean isLegalPerson() {
        return kind == IdentifierKind.CIF;
    }
}
