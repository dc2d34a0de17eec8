package es.clave.sp.property;

import es.clave.sp.error.ClaveConfigException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys one component reads, so that a key nobody reads is reported as a typo instead of being
 * ignored. Each component (core's SP settings, the state stores, the trust feed, an adapter)
 * declares its own; whoever sees the whole configuration checks it against the union of the
 * components it runs ({@link #and}), within the namespace it is responsible for.
 * <p>
 * Indexed keys are declared with {@code [N]} for the index, e.g.
 * {@code clave.sp.decryption[N].key-store}; any non-negative index matches.
 */
public final class KnownKeys {

    private static final String INDEX = "[N]";
    private static final Pattern WRITTEN_INDEX = Pattern.compile("\\[(\\d{1,9})]");

    private final Set<String> keys;
    private final String reference;

    private KnownKeys(Set<String> keys, String reference) {
        this.keys = Set.copyOf(keys);
        this.reference = reference;
    }

    /**
     * @param reference where the keys are documented, named in every unknown-key message
     * @param keys      the keys; {@code [N]} stands for an index
     * @return the registry of {@code keys}
     */
    public static KnownKeys of(String reference, Collection<String> keys) {
        return new KnownKeys(new LinkedHashSet<>(keys), reference);
    }

    /** Same as {@link #of(String, Collection)}. */
    public static KnownKeys of(String reference, String... keys) {
        return of(reference, List.of(keys));
    }

    /** @return the keys of both registries; unknown-key messages name this registry's reference */
    public KnownKeys and(KnownKeys other) {
        Set<String> union = new LinkedHashSet<>(keys);
        union.addAll(other.keys);
        return new KnownKeys(union, reference);
    }

    /** @return whether {@code key} is one of the keys, an index standing for {@code [N]} */
    public boolean contains(String key) {
        return keys.contains(key) || keys.contains(template(key));
    }

    /** @return the declared keys ({@code [N]} for indexes), sorted */
    public Set<String> keys() {
        return new TreeSet<>(keys);
    }

    /**
     * Fails on the first (in sorted order) of {@code present} that {@code inScope} accepts and that is
     * not known, suggesting the nearest known key.
     *
     * @param present the keys of the configuration
     * @param inScope which keys the caller is responsible for, e.g. {@code k -> k.startsWith("clave.state.")}
     * @throws ClaveConfigException with {@link ClaveConfigException.Problem#UNKNOWN_KEY}
     */
    public void rejectUnknown(Collection<String> present, Predicate<String> inScope) {
        for (String key : new TreeSet<>(present)) {
            if (inScope.test(key) && !contains(key)) {
                throw ClaveConfigException.unknownKey(key, nearest(key), reference);
            }
        }
    }

    /** @return the known key closest to {@code key}, with {@code key}'s own index put back, or null */
    String nearest(String key) {
        Matcher index = WRITTEN_INDEX.matcher(key);
        String writtenIndex = index.find() ? index.group() : "[0]";
        List<String> candidates = new ArrayList<>();
        for (String k : keys) {
            candidates.add(k.replace(INDEX, writtenIndex));
        }
        return Nearest.to(key, candidates).orElse(null);
    }

    private static String template(String key) {
        return WRITTEN_INDEX.matcher(key).replaceAll(Matcher.quoteReplacement(INDEX));
    }
}
