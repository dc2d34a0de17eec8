package es.clave.sp.identity;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Maps Cl@ve response attributes (RSP-12) onto a {@link ClaveIdentity.Builder}. Attributes are
 * identified by their {@code Name} ({@link ClaveAttributes}); every attribute, known or not, is
 * also copied raw. Parsing of each piece lives in its own class: {@link PersonIdentifierParser},
 * {@link SurnameSplitter}, {@link SelectedIdpMatcher}, {@link PartialAfirmaReader}.
 */
public final class AttributeMapper {
    private static final Logger LOG = LoggerFactory.getLogger(AttributeMapper.class);

    private AttributeMapper() {
    }

    /**
     * Fills the person, names, date of birth, method, represented entity and raw attributes of
     * {@code target} from {@code attributesByName} (attribute {@code Name} to values, in order).
     *
     * <p>Lenient where the data is informational: an unparsable date of birth leaves no date (the
     * raw value stays in the attributes), an unknown {@code SelectedIdP} gives
     * {@link es.clave.sp.login.IdentificationMethod#OTHER} with the raw value, a malformed
     * {@code PartialAfirma} gives no represented entity. Strict where identity is at stake.
     * A representative certificate's {@code PartialAfirma} takes precedence over eIDAS legal-person
     * attributes for the represented entity.
     *
     * @throws ClaveAuthenticationException PERSON_IDENTIFIER_MISSING when there is no non-blank
     *         PersonIdentifier, or ATTRIBUTE_DUPLICATED when a {@link ClaveAttributes#SINGLE_VALUED}
     *         attribute carries several values (SEC-P11)
     */
    public static void apply(Map<String, List<String>> attributesByName, ClaveIdentity.Builder target) {
        Objects.requireNonNull(target, "target");
        Map<String, List<String>> attributes = attributesByName == null ? Map.of() : attributesByName;
        rejectDuplicates(attributes);

        PersonIdentifier person = single(attributes, ClaveAttributes.PERSON_IDENTIFIER)
                .flatMap(PersonIdentifierParser::parse)
                .orElseThrow(() -> new ClaveAuthenticationException(ClaveError.PERSON_IDENTIFIER_MISSING, null));
        target.personIdentifier(person);

        single(attributes, ClaveAttributes.FIRST_NAME).map(String::strip).ifPresent(target::givenName);
        SurnameSplitter.Surnames surnames = SurnameSplitter.split(
                single(attributes, ClaveAttributes.FAMILY_NAME).orElse(null),
                single(attributes, ClaveAttributes.FIRST_SURNAME).orElse(null));
        target.familyName(surnames.familyName())
                .firstSurname(surnames.firstSurname())
                .secondSurname(surnames.secondSurname());

        single(attributes, ClaveAttributes.DATE_OF_BIRTH).flatMap(AttributeMapper::date).ifPresent(target::dateOfBirth);

        Optional<String> selectedIdp = single(attributes, ClaveAttributes.SELECTED_IDP);
        target.method(SelectedIdpMatcher.match(selectedIdp.orElse(null)));
        target.selectedIdpRaw(selectedIdp.orElse(null));

        representedEntity(attributes).ifPresent(target::representedEntity);
        copyRaw(attributes, target);
    }

    private static void rejectDuplicates(Map<String, List<String>> attributes) {
        for (String name : ClaveAttributes.SINGLE_VALUED) {
            List<String> values = attributes.get(name);
            if (values != null && values.size() > 1) {
                throw new ClaveAuthenticationException(ClaveError.ATTRIBUTE_DUPLICATED,
                        name + " carries " + values.size() + " values");
            }
        }
    }

    /** @return the attribute's only value when present and not blank (duplicates were rejected before) */
    private static Optional<String> single(Map<String, List<String>> attributes, String name) {
        List<String> values = attributes.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(values.get(0));
    }

    private static Optional<LocalDate> date(String raw) {
        String v = raw.strip();
        try {
            if (isPlainDate(v)) {
                // the form Cl@ve sends, without the cost of a formatter (same strict calendar rules)
                return Optional.of(LocalDate.of(Integer.parseInt(v, 0, 4, 10), Integer.parseInt(v, 5, 7, 10),
                        Integer.parseInt(v, 8, 10, 10)));
            }
            // ISO_DATE: YYYY-MM-DD, also with the time zone xs:date allows ("1980-02-29Z"), which is dropped
            return Optional.of(LocalDate.parse(v, DateTimeFormatter.ISO_DATE));
        } catch (DateTimeException e) {
            LOG.warn("DateOfBirth ignored: not a YYYY-MM-DD date; the raw value is kept in the attributes");
            return Optional.empty();
        }
    }

    /** @return whether {@code v} is exactly four, two and two ASCII digits separated by hyphens */
    private static boolean isPlainDate(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = v.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static Optional<LegalPerson> representedEntity(Map<String, List<String>> attributes) {
        Optional<LegalPerson> fromAfirma = single(attributes, ClaveAttributes.PARTIAL_AFIRMA)
                .flatMap(PartialAfirmaReader::read)
                .flatMap(AfirmaCertificateInfo::representedEntity);
        if (fromAfirma.isPresent()) {
            return fromAfirma;
        }
        return single(attributes, ClaveAttributes.LEGAL_PERSON_IDENTIFIER)
                .flatMap(PersonIdentifierParser::parse)
                .map(id -> new LegalPerson(id, single(attributes, ClaveAttributes.LEGAL_NAME).map(String::strip).orElse(null),
                        LegalPerson.Source.EIDAS_ATTRIBUTES));
    }

    private static void copyRaw(Map<String, List<String>> attributes, ClaveIdentity.Builder target) {
        attributes.forEach((name, values) -> {
            if (name != null) {
                // nulls carry no information and immutable lists refuse them
                target.attribute(name, values == null ? List.of() : values.stream().filter(Objects::nonNull).toList());
            }
        });
    }
}
