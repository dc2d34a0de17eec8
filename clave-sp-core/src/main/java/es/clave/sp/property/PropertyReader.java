package es.clave.sp.property;

import es.clave.sp.error.ClaveConfigException;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed reads of flat {@code clave.*} properties with one grammar for every key, used by core's
 * loaders and by the adapters. The rules, documented in {@code docs/configuration.md}:
 * <ul>
 *   <li>keys are compared after stripping surrounding blanks; a blank value counts as absent, so the
 *       default applies (use {@link #verbatim} where an empty value means something);</li>
 *   <li>booleans are {@code true} or {@code false}, any case; nothing else ({@code yes}, {@code 1}) is read as either;</li>
 *   <li>durations are ISO-8601 ({@code PT30S}) or a whole number with a unit {@code ms}, {@code s},
 *       {@code m}, {@code h} or {@code d} ({@code 30s}); a bare number is refused;</li>
 *   <li>enumerations ignore case, and {@code -} and {@code _} are the same ({@code clave-movil});</li>
 *   <li>lists are comma-separated; blank entries are dropped;</li>
 *   <li>locations are a file path, {@code file:<path>} or {@code classpath:<resource>}; URLs are refused.</li>
 * </ul>
 * Every failure is a {@link ClaveConfigException} naming the key, the value and what is expected,
 * with the valid values of an enumeration and the nearest one when the value looks like a typo.
 */
public final class PropertyReader {

    private static final List<String> BOOLEANS = List.of("true", "false");
    /** A URI scheme of two or more characters: {@code C:\dir} stays a (Windows) path. */
    private static final Pattern URL_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:.*");
    private static final String CLASSPATH = "classpath:";
    private static final String FILE = "file:";

    private final Map<String, String> values;

    private PropertyReader(Map<String, String> values) {
        this.values = values;
    }

    /** @return a reader of {@code properties}; null keys and values are ignored */
    public static PropertyReader of(Map<String, String> properties) {
        Map<String, String> values = new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            if (k != null && v != null) {
                values.put(k.strip(), v);
            }
        });
        return new PropertyReader(values);
    }

    /** @return a reader of the string entries of {@code properties} */
    public static PropertyReader of(Properties properties) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            values.put(name, properties.getProperty(name));
        }
        return of(values);
    }

    /** @return every key present, blank values included */
    public Set<String> keys() {
        return values.keySet();
    }

    /** @return whether {@code key} has a non-blank value */
    public boolean isSet(String key) {
        return raw(key).isPresent();
    }

    /** @return the value exactly as written, also when empty or blank (for keys where empty means something) */
    public Optional<String> verbatim(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** @return the non-blank value as written, surrounding blanks kept (passwords) */
    public Optional<String> raw(String key) {
        return verbatim(key).filter(v -> !v.isBlank());
    }

    /** @return the non-blank value, stripped */
    public Optional<String> string(String key) {
        return raw(key).map(String::strip);
    }

    /** @return the stripped value, or {@code fallback} when absent */
    public String string(String key, String fallback) {
        return string(key).orElse(fallback);
    }

    /** @return the boolean value: {@code true} or {@code false}, any case */
    public Optional<Boolean> bool(String key) {
        return string(key).map(v -> {
            String lower = v.toLowerCase(Locale.ROOT);
            if (BOOLEANS.contains(lower)) {
                return Boolean.parseBoolean(lower);
            }
            throw ClaveConfigException.malformed(key, v, "a boolean: write true or false", BOOLEANS,
                    Nearest.to(v, BOOLEANS).orElse(null), null);
        });
    }

    /** @return the boolean value, or {@code fallback} when absent */
    public boolean bool(String key, boolean fallback) {
        return bool(key).orElse(fallback);
    }

    /** @return the whole-number value */
    public OptionalInt integer(String key) {
        Optional<String> v = string(key);
        if (v.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(v.get()));
        } catch (NumberFormatException e) {
            throw ClaveConfigException.malformed(key, v.get(), "a whole number", List.of(), null, e);
        }
    }

    /**
     * @return the whole-number value, or {@code fallback} when absent
     * @throws ClaveConfigException when the value is below {@code minimum}
     */
    public int integer(String key, int fallback, int minimum) {
        OptionalInt v = integer(key);
        if (v.isPresent() && v.getAsInt() < minimum) {
            throw new ClaveConfigException(key, "'" + v.getAsInt() + "' is below the minimum " + minimum);
        }
        return v.orElse(fallback);
    }

    /** @return the duration value (grammar in the class comment); never negative */
    public Optional<Duration> duration(String key) {
        return string(key).map(v -> Durations.parse(key, v));
    }

    /** @return the duration value, or {@code fallback} when absent */
    public Duration duration(String key, Duration fallback) {
        return duration(key).orElse(fallback);
    }

    /**
     * @return the duration value, or {@code fallback} when absent
     * @throws ClaveConfigException when the value is shorter than {@code minimum}
     */
    public Duration duration(String key, Duration fallback, Duration minimum) {
        Optional<Duration> v = duration(key);
        if (v.isPresent() && v.get().compareTo(minimum) < 0) {
            throw new ClaveConfigException(key, "'" + string(key).orElseThrow() + "' is shorter than the minimum "
                    + format(minimum));
        }
        return v.orElse(fallback);
    }

    /** @return the constant of {@code type} the value names (case and {@code -}/{@code _} ignored) */
    public <E extends Enum<E>> Optional<E> enumValue(String key, Class<E> type) {
        return string(key).map(v -> enumOf(key, v, Arrays.asList(type.getEnumConstants())));
    }

    /** @return the constant of {@code type} the value names, or {@code fallback} when absent */
    public <E extends Enum<E>> E enumValue(String key, Class<E> type, E fallback) {
        return enumValue(key, type).orElse(fallback);
    }

    /**
     * @param key      the key {@code value} came from, for the error
     * @param value    one written value, e.g. an entry of a list
     * @param accepted the constants the key accepts
     * @return the accepted constant {@code value} names (case and {@code -}/{@code _} ignored)
     * @throws ClaveConfigException listing the accepted values, with the nearest one when close
     */
    public static <E extends Enum<E>> E enumOf(String key, String value, Collection<E> accepted) {
        String wanted = value.strip().replace('-', '_');
        for (E e : accepted) {
            if (e.name().equalsIgnoreCase(wanted)) {
                return e;
            }
        }
        List<String> names = accepted.stream().map(PropertyReader::display).toList();
        throw ClaveConfigException.malformed(key, value.strip(), "one of " + String.join(", ", names), names,
                Nearest.to(value.strip().replace('_', '-'), names).orElse(null), null);
    }

    /** @return how messages and documentation write {@code constant}: lower case, {@code -} between words */
    public static String display(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @return the value as a URI (syntax only: whether it must be absolute, https, ... is the caller's rule) */
    public Optional<URI> uri(String key) {
        return string(key).map(v -> {
            try {
                return new URI(v);
            } catch (URISyntaxException e) {
                throw ClaveConfigException.malformed(key, v, "a URL (" + e.getReason() + ")", List.of(), null, e);
            }
        });
    }

    /** @return the comma-separated entries of the value, stripped, blank entries dropped; empty when absent */
    public List<String> list(String key) {
        return string(key).map(PropertyReader::split).orElse(List.of());
    }

    /** @return the comma-separated entries of {@code value}, stripped, blank entries dropped */
    public static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** @return the value as a resource location: a file path, {@code file:<path>} or {@code classpath:<resource>} */
    public Optional<String> location(String key) {
        return string(key).map(v -> checkLocation(key, v));
    }

    /** @return the comma-separated locations of the value; empty when absent */
    public List<String> locations(String key) {
        return list(key).stream().map(v -> checkLocation(key, v)).toList();
    }

    private static String checkLocation(String key, String v) {
        // case-sensitive, as the readers of locations are: Classpath:x would otherwise become a file name
        if (!v.startsWith(CLASSPATH) && !v.startsWith(FILE) && URL_SCHEME.matcher(v).matches()) {
            throw ClaveConfigException.malformed(key, v, "a location: write a file path, file:<path> or "
                    + "classpath:<resource> (URLs are not fetched)", List.of(), null, null);
        }
        return v;
    }

    /** @return {@code d} as this grammar writes it, e.g. {@code 30s}, {@code 6h}, {@code 1500ms} */
    public static String format(Duration d) {
        return Durations.format(d);
    }
}
