package es.clave.sp.identity;

import java.io.Serial;
import java.io.Serializable;

/**
 * A legal person the citizen acts for: from a representative certificate's {@code PartialAfirma}
 * (classification 11/12) or from eIDAS legal-person attributes.
 *
 * @param identifier the entity's identifier (a CIF for Spanish companies)
 * @param name       the entity's name ({@code razonSocial} / {@code LegalName}), may be null
 * @param source     where the data came from
 */
public record LegalPerson(PersonIdentifier identifier, String name, Source source) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Origin of the legal-person data. */
    public enum Source {
        /** the @firma certificate information in {@code PartialAfirma} */
        PARTIAL_AFIRMA,
        /** eIDAS {@code LegalPersonIdentifier} / {@code LegalName} attributes */
        EIDAS_ATTRIBUTES
    }
}
