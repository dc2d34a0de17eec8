package es.clave.sp.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@code PersonIdentifier} (or {@code LegalPersonIdentifier}, or an @firma {@code NIF-CIF})
 * value into a {@link PersonIdentifier} (RSP-12).
 *
 * <ul>
 *   <li>Bare Spanish values (what the Spanish methods send) are classified as NIF, NIE or CIF.</li>
 *   <li>An eIDAS {@code CC/CC/value} prefix is stripped for every country, tolerantly also
 *       {@code ES/ES/<NIF>}; the first country code becomes {@link PersonIdentifier#countryCode()}.
 *       Spanish values behind the prefix are classified like bare ones; foreign values are
 *       {@link IdentifierKind#EIDAS} and kept verbatim (their case may matter).</li>
 *   <li>Spanish values are upper-cased and spaces, dots and hyphens removed before checking.</li>
 *   <li>A failed check letter or digit is flagged ({@code checkValid=false}), never dropped. A
 *       value that is not recognisable at all is {@link IdentifierKind#UNKNOWN}, also flagged.</li>
 * </ul>
 * The raw value is always kept unchanged.
 */
public final class PersonIdentifierParser {
    private static final Pattern EIDAS_PREFIX = Pattern.compile("([A-Za-z]{2})/([A-Za-z]{2})/(.*)", Pattern.DOTALL);
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final String SPAIN = "ES";

    private PersonIdentifierParser() {
    }

    /**
     * @param raw the attribute value as received
     * @return the parsed identifier, or empty when {@code raw} is null or blank
     */
    public static Optional<PersonIdentifier> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String trimmed = raw.strip();
        Matcher prefixed = EIDAS_PREFIX.matcher(trimmed);
        if (prefixed.matches()) {
            String country = prefixed.group(1).toUpperCase(Locale.ROOT);
            String value = prefixed.group(3).strip();
            if (value.isEmpty()) {
                return Optional.of(new PersonIdentifier(trimmed, raw, IdentifierKind.UNKNOWN, false, country));
            }
            if (!SPAIN.equals(country)) {
                return Optional.of(new PersonIdentifier(value, raw, IdentifierKind.EIDAS, true, country));
            }
            return Optional.of(spanish(value, raw));
        }
        return Optional.of(spanish(trimmed, raw));
    }

    private static PersonIdentifier spanish(String value, String raw) {
        String normalised = SEPARATORS.matcher(value.toUpperCase(Locale.ROOT)).replaceAll("");
        Optional<IdentifierKind> kind = SpanishIdentifiers.kindOf(normalised);
        if (kind.isEmpty()) {
            // not a Spanish shape: keep what arrived (trimmed) and flag it
            return new PersonIdentifier(value, raw, IdentifierKind.UNKNOWN, false, null);
        }
        return new PersonIdentifier(normalised, raw, kind.get(), SpanishIdentifiers.isValid(normalised), SPAIN);
    }
}
