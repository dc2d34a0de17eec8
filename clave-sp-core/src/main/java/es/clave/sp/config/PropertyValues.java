package es.clave.sp.config;

import es.clave.sp.error.ClaveConfigException;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for property values; every failure is a {@link ClaveConfigException} naming the key. */
final class PropertyValues {

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");

    private PropertyValues() {
    }

    /** @return {@code true} or {@code false}, case-insensitively */
    static boolean bool(String key, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        throw new ClaveConfigException(key, "'" + value + "' is not a boolean: use true or false");
    }

    /** @return a positive or zero int */
    static int integer(String key, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ClaveConfigException(key, "'" + value + "' is not a whole number", e);
        }
    }

    /**
     * @return an ISO-8601 duration ({@code PT60S}) or a number with an optional unit
     *         ({@code 60}, {@code 60s}, {@code 500ms}, {@code 5m}, {@code 1h}, {@code 1d}); no unit means seconds
     */
    static Duration duration(String key, String value) {
        String v = value.strip();
        if (v.toUpperCase(Locale.ROOT).startsWith("P") || v.startsWith("-P")) {
            try {
                return Duration.parse(v);
            } catch (DateTimeParseException e) {
                throw new ClaveConfigException(key, "'" + value + "' is not an ISO-8601 duration such as PT60S", e);
            }
        }
        Matcher m = SIMPLE_DURATION.matcher(v.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ClaveConfigException(key, "'" + value + "' is not a duration: use e.g. PT60S, 60s, 500ms, 5m or 1h");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    /** @return the constant of {@code type} named by {@code value}, ignoring case and accepting {@code -} for {@code _} */
    static <E extends Enum<E>> E enumValue(String key, String value, Class<E> type) {
        String wanted = value.strip().replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(wanted)) {
                return e;
            }
        }
        StringBuilder accepted = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            accepted.append(accepted.length() == 0 ? "" : ", ").append(e.name().toLowerCase(Locale.ROOT));
        }
        throw new ClaveConfigException(key, "'" + value + "' is not one of " + accepted);
    }
}
