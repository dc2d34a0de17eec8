package es.clave.sp.error;

import java.io.Serial;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A configuration value is missing or wrong; the message names the property and says how to fix it.
 * Besides the message, the exception carries what a start-up report needs as data: the key at
 * fault ({@link #property()}), what kind of problem it is ({@link #problem()}), the values the key
 * accepts when they form a closed list ({@link #validValues()}), and the nearest valid key or value
 * when the one written looks like a typo ({@link #suggestion()}).
 */
public class ClaveConfigException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 2L;

    /** What is wrong with the property. */
    public enum Problem {
        /** the key itself is not a setting: usually a typo; {@link #suggestion()} gives the nearest known key */
        UNKNOWN_KEY,
        /** the value is not of the key's type (boolean, number, duration, one of a list, URL, location) */
        MALFORMED_VALUE,
        /** the value is well-formed but not acceptable, is missing, or contradicts another setting */
        INVALID
    }

    private final String property;
    private final Problem problem;
    private final List<String> validValues;
    private final String suggestion;

    /**
     * @param property the configuration key at fault, e.g. {@code clave.sp.code}
     * @param message  what is wrong and how to fix it
     */
    public ClaveConfigException(String property, String message) {
        this(property, message, null);
    }

    /** Same as {@link #ClaveConfigException(String, String)} with the underlying cause. */
    public ClaveConfigException(String property, String message, Throwable cause) {
        this(property, Problem.INVALID, message, List.of(), null, cause);
    }

    private ClaveConfigException(String property, Problem problem, String message, List<String> validValues,
                                 String suggestion, Throwable cause) {
        super(property + ": " + message, cause);
        this.property = property;
        this.problem = Objects.requireNonNull(problem, "problem");
        this.validValues = List.copyOf(validValues);
        this.suggestion = suggestion;
    }

    /**
     * @param key        the key that no component reads
     * @param suggestion the nearest known key, or null when none is close
     * @param reference  where the valid keys are listed, e.g. {@code docs/configuration.md}
     * @return the exception for an unknown key
     */
    public static ClaveConfigException unknownKey(String key, String suggestion, String reference) {
        String hint = suggestion == null ? "" : " (did you mean " + suggestion + "?)";
        return new ClaveConfigException(key, Problem.UNKNOWN_KEY,
                "is not a known setting" + hint + "; every key is listed in " + reference, List.of(), suggestion, null);
    }

    /**
     * @param key         the key whose value is malformed
     * @param value       the value as written (shown in the message; never pass a secret)
     * @param expected    what the key takes, e.g. {@code "a duration such as 30s or PT30S"}
     * @param validValues the accepted values when they form a closed list, else empty
     * @param suggestion  the nearest accepted value, or null
     * @param cause       the parser's exception, or null
     * @return the exception for a value of the wrong form
     */
    public static ClaveConfigException malformed(String key, String value, String expected, List<String> validValues,
                                                 String suggestion, Throwable cause) {
        String hint = suggestion == null ? "" : " (did you mean " + suggestion + "?)";
        return new ClaveConfigException(key, Problem.MALFORMED_VALUE,
                "'" + printable(value) + "' is not " + expected + hint, validValues, suggestion, cause);
    }

    /** @return the configuration key at fault */
    public String property() {
        return property;
    }

    /** @return what kind of problem this is */
    public Problem problem() {
        return problem;
    }

    /** @return the values {@link #property()} accepts, in the form the documentation writes them; empty when open-ended */
    public List<String> validValues() {
        return validValues;
    }

    /** @return the nearest known key ({@link Problem#UNKNOWN_KEY}) or accepted value, when one is close */
    public Optional<String> suggestion() {
        return Optional.ofNullable(suggestion);
    }

    /** @return the explanation without the leading {@code property: } */
    public String reason() {
        String message = getMessage();
        String prefix = property + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String printable(String value) {
        String v = value == null ? "" : value.replaceAll("\\p{Cntrl}", "?");
        return v.length() > 200 ? v.substring(0, 200) + "..." : v;
    }
}
