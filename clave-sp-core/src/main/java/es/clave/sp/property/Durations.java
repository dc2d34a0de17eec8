package es.clave.sp.property;

import es.clave.sp.error.ClaveConfigException;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one duration grammar of every {@code clave.*} key: ISO-8601 ({@code PT30S}, {@code PT5M},
 * {@code P1D}) or a whole number with a unit, {@code ms}, {@code s}, {@code m}, {@code h} or
 * {@code d} ({@code 500ms}, {@code 30s}, {@code 5m}, {@code 6h}, {@code 1d}). Both forms mean the
 * same in Spring Boot, so a value keeps its meaning across adapters. A bare number is refused:
 * earlier versions read it as seconds for some keys, Spring Boot reads it as milliseconds, and
 * guessing would change a value's meaning silently. Negative durations are refused.
 */
final class Durations {

    /** What a duration key takes, for messages. */
    static final String EXPECTED = "a duration: write a number with a unit (500ms, 30s, 5m, 6h, 1d) or ISO-8601 (PT30S)";

    private static final Pattern SIMPLE = Pattern.compile("(\\d{1,18})(ms|s|m|h|d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE = Pattern.compile("\\d{1,18}");

    private Durations() {
    }

    /**
     * @param key   the key the value came from, for the error
     * @param value the stripped value
     * @return the duration {@code value} writes
     * @throws ClaveConfigException naming the key when it is not a non-negative duration in the grammar
     */
    static Duration parse(String key, String value) {
        Duration parsed;
        try {
            parsed = parseOrNull(value);
        } catch (DateTimeParseException | ArithmeticException e) {
            throw ClaveConfigException.malformed(key, value, EXPECTED, List.of(), null, e);
        }
        if (parsed == null) {
            if (BARE.matcher(value).matches()) {
                throw ClaveConfigException.malformed(key, value, "a duration: it has no unit; write " + value + "s for "
                        + "seconds (earlier versions read a bare number as seconds) or " + value + "ms for milliseconds",
                        List.of(), null, null);
            }
            throw ClaveConfigException.malformed(key, value, EXPECTED, List.of(), null, null);
        }
        if (parsed.isNegative()) {
            throw ClaveConfigException.malformed(key, value, "a duration of zero or more", List.of(), null, null);
        }
        return parsed;
    }

    private static Duration parseOrNull(String value) {
        if (value.regionMatches(true, 0, "P", 0, 1) || value.regionMatches(true, 0, "-P", 0, 2)) {
            return Duration.parse(value);
        }
        Matcher m = SIMPLE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }

    /** @return {@code d} in the short form of the grammar ({@code 30s}, {@code 6h}, {@code 1500ms}) */
    static String format(Duration d) {
        if (d.isNegative()) {
            return d.toString();
        }
        long ms = d.toMillis();
        if (d.getNano() % 1_000_000 != 0) {
            return d.toString();
        }
        if (ms % 86_400_000L == 0 && ms != 0) {
            return ms / 86_400_000L + "d";
        }
        if (ms % 3_600_000L == 0 && ms != 0) {
            return ms / 3_600_000L + "h";
        }
        if (ms % 60_000L == 0 && ms != 0) {
            return ms / 60_000L + "m";
        }
        if (ms % 1000L == 0) {
            return ms / 1000L + "s";
        }
        return ms + "ms";
    }
}
