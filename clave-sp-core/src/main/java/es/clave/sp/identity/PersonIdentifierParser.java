package es.clave.sp.identity;

import es.clave.sp.text.Ascii;
import es.clave.sp.text.XmlTokens;

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
 *   <li>Spanish values have ASCII spaces, dots and hyphens removed; then every remaining character
 *       must be an ASCII letter or digit <em>before</em> any case mapping, and only ASCII letters are
 *       upper-cased ({@link Ascii}). So {@code 12345678ſ} (long s) or a fullwidth digit is never read
 *       as a valid NIF: such values are {@link IdentifierKind#UNKNOWN}.</li>
 *   <li>Only XML whitespace is trimmed; any other space character is part of the value.</li>
 *   <li>A failed check letter or digit is flagged ({@code checkValid=false}), never dropped. A
 *       value that is not recognisable at all is {@link IdentifierKind#UNKNOWN}, also flagged.</li>
 * </ul>
 * The raw value is always kept unchanged.
 */
public final class PersonIdentifierParser {
    private static final Pattern EIDAS_PREFIX = Pattern.compile("([A-Za-z]{2})/([A-Za-z]{2})/(.*)", Pattern.DOTALL);
    private static final Pattern SEPARATORS = Pattern.compile("[ \t\n\r.\\-]");
    private static final Pattern ASCII_ALPHANUMERIC = Pattern.compile("[A-Za-z0-9]+");
    private static final String SPAIN = "ES";

    private PersonIdentifierParser() {
    }

    /**
     * @param raw the attribute value as received
     * @return the parsed identifier, or empty when {@code raw} is null or blank
     */
    public static Optional<PersonIdentifier> parse(String raw) {
        String trimmed = XmlTokens.trim(raw);
        if (trimmed == null || trimmed.isEmpty()) {
            return Optional.empty();
        }
        Matcher prefixed = EIDAS_PREFIX.matcher(trimmed);
        if (prefixed.matches()) {
            String country = Ascii.toUpperCase(prefixed.group(1));
            String value = XmlTokens.trim(prefixed.group(3));
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
        String compact = SEPARATORS.matcher(value).replaceAll("");
        // ASCII first, case mapping second: a JDK upper-casing would turn "ſ" into "S" and "ı" into "I"
        String normalised = ASCII_ALPHANUMERIC.matcher(compact).matches() ? Ascii.toUpperCase(compact) : null;
        Optional<IdentifierKind> kind = SpanishIdentifiers.kindOf(normalised);
        if (kind.isEmpty()) {
            // not a Spanish shape: keep what arrived (trimmed) and flag it
            return new PersonIdentifier(value, raw, IdentifierKind.UNKNOWN, false, null);
        }
        return new PersonIdentifier(normalised, raw, kind.get(), SpanishIdentifiers.isValid(normalised), SPAIN);
    }
}
