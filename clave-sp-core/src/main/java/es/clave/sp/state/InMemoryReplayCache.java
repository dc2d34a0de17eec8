package es.clave.sp.state;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ReplayCache} in this JVM's memory (RSP-11, SEC-P2): right for a single node; several
 * nodes need a shared implementation.
 *
 * <p>Bounded: when full, expired ids are swept; if the cache is still full it <b>fails closed</b>
 * with {@link ClaveError#STATE_UNAVAILABLE} instead of forgetting ids that are still valid, which
 * would let a replay through. Size the bound for the logins expected within the longest message
 * validity (plus skew). Expired ids are also swept every {@value #SWEEP_INTERVAL} writes by whichever
 * thread is writing, without blocking others.
 */
public final class InMemoryReplayCache implements ReplayCache {
    /** Default bound on remembered ids. */
    public static final int DEFAULT_MAX_ENTRIES = 100_000;
    static final int SWEEP_INTERVAL = 1024;

    private record Key(String namespace, String id) {
    }

    private final Map<Key, Instant> seen = new ConcurrentHashMap<>();
    private final Capacity capacity;
    private final Housekeeping housekeeping = new Housekeeping(SWEEP_INTERVAL);
    private final Clock clock;

    /** A cache of {@value #DEFAULT_MAX_ENTRIES} ids on the system clock. */
    public InMemoryReplayCache() {
        this(DEFAULT_MAX_ENTRIES, Clock.systemUTC());
    }

    /**
     * @param maxEntries most ids remembered at once (at least 1)
     * @param clock      the time source deciding expiry
     */
    public InMemoryReplayCache(int maxEntries, Clock clock) {
        this.capacity = new Capacity(maxEntries);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@inheritDoc}
     *
     * <p>Atomic: of any number of concurrent calls with the same namespace and id, exactly one
     * returns true while the id is remembered. An id is forgotten at {@code expiresAt}.
     *
     * @throws ClaveAuthenticationException STATE_UNAVAILABLE when the cache is full of unexpired ids
     */
    @Override
    public boolean firstSeen(String namespace, String id, Instant expiresAt) {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Instant now = clock.instant();
        Key key = new Key(namespace, id);

        Instant known = seen.get(key);
        if (known != null && now.isBefore(known)) {
            return false;
        }
        reserveSlot(now);
        boolean[] first = {false};
        boolean[] slotUsed = {false};
        try {
            seen.compute(key, (k, old) -> {
                if (old != null && now.isBefore(old)) {
                    return old;
                }
                first[0] = true;
                slotUsed[0] = old == null;
                return expiresAt;
            });
        } finally {
            if (!slotUsed[0]) {
                capacity.release();
            }
        }
        housekeeping.afterWrite(() -> sweep(clock.instant()));
        return first[0];
    }

    /** @return the number of ids currently held, expired ones not yet swept included */
    public int size() {
        return capacity.used();
    }

    private void reserveSlot(Instant now) {
        if (capacity.tryReserve()) {
            return;
        }
        sweep(now);
        if (!capacity.tryReserve()) {
            throw new ClaveAuthenticationException(ClaveError.STATE_UNAVAILABLE,
                    "replay cache full with " + capacity.max() + " unexpired ids; refusing rather than forgetting one");
        }
    }

    private void sweep(Instant now) {
        seen.forEach((key, expiresAt) -> {
            if (!now.isBefore(expiresAt) && seen.remove(key, expiresAt)) {
                capacity.release();
            }
        });
    }
}
