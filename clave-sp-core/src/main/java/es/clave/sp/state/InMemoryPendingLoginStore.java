package es.clave.sp.state;

import es.clave.sp.login.PendingLogin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A {@link PendingLoginStore} in this JVM's memory: right for a single node (or sticky sessions);
 * several nodes need a shared implementation.
 *
 * <p>Bounded: when full, the oldest pending login is evicted (expired or not). A flood of abandoned logins thus costs the oldest of them (which then fail
 * as unknown RelayState, SEC-P10) instead of memory. Expired entries are also swept every
 * {@value #SWEEP_INTERVAL} writes by whichever thread is writing, without blocking others.
 */
public final class InMemoryPendingLoginStore implements PendingLoginStore {
    /** Default bound on pending logins. */
    public static final int DEFAULT_MAX_ENTRIES = 10_000;
    static final int SWEEP_INTERVAL = 256;
    private static final int MAX_IDLE_ROUNDS = 10_000;

    /** One stored login; identity (not equality) tells a live entry from a replaced one. */
    private record Entry(String relayState, PendingLogin login, Instant expiresAt) {
        boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    /** Entries in insertion order, for evicting the oldest; may hold entries already taken (skipped). */
    private final Queue<Entry> insertionOrder = new ConcurrentLinkedQueue<>();
    private final Capacity capacity;
    private final Housekeeping housekeeping = new Housekeeping(SWEEP_INTERVAL);
    private final Clock clock;

    /** A store of {@value #DEFAULT_MAX_ENTRIES} pending logins on the system clock. */
    public InMemoryPendingLoginStore() {
        this(DEFAULT_MAX_ENTRIES, Clock.systemUTC());
    }

    /**
     * @param maxEntries most pending logins held at once (at least 1)
     * @param clock      the time source deciding expiry
     */
    public InMemoryPendingLoginStore(int maxEntries, Clock clock) {
        this.capacity = new Capacity(maxEntries);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@inheritDoc} A second put with the same RelayState replaces the first.
     *
     * @throws IllegalArgumentException when {@code ttl} is not positive
     */
    @Override
    public void put(PendingLogin pending, Duration ttl) {
        Objects.requireNonNull(pending, "pending");
        Objects.requireNonNull(pending.relayState(), "pending.relayState");
        Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive, was " + ttl);
        }
        Instant now = clock.instant();
        Entry entry = new Entry(pending.relayState(), pending, now.plus(ttl));
        reserveSlot();
        if (entries.put(entry.relayState(), entry) != null) {
            capacity.release();
        }
        insertionOrder.add(entry);
        housekeeping.afterWrite(() -> sweep(clock.instant()));
    }

    /** {@inheritDoc} Consume-once: the entry is removed atomically, so one caller at most gets it. */
    @Override
    public Optional<PendingLogin> take(String relayState) {
        if (relayState == null) {
            return Optional.empty();
        }
        Entry entry = entries.remove(relayState);
        if (entry == null) {
            return Optional.empty();
        }
        capacity.release();
        return entry.expiredAt(clock.instant()) ? Optional.empty() : Optional.of(entry.login());
    }

    /** @return the number of pending logins held, expired ones not yet swept included */
    public int size() {
        return capacity.used();
    }

    private void reserveSlot() {
        // oldest first: with one ttl for all logins the oldest entries are also the first to expire
        int idleRounds = 0;
        while (!capacity.tryReserve()) {
            if (evictOldest()) {
                continue;
            }
            // every slot is held by puts still between reserving and queueing: they finish without
            // waiting for anyone, so yield to them; the cap only guards against an accounting bug
            if (++idleRounds > MAX_IDLE_ROUNDS) {
                capacity.forceReserve();
                return;
            }
            Thread.yield();
        }
    }

    private boolean evictOldest() {
        Entry oldest;
        while ((oldest = insertionOrder.poll()) != null) {
            if (entries.remove(oldest.relayState(), oldest)) {
                capacity.release();
                return true;
            }
        }
        return false;
    }

    private void sweep(Instant now) {
        entries.forEach((relayState, entry) -> {
            if (entry.expiredAt(now) && entries.remove(relayState, entry)) {
                capacity.release();
            }
        });
        // drop queue nodes of entries taken, replaced or swept, so the queue stays bounded
        insertionOrder.removeIf(e -> entries.get(e.relayState()) != e);
    }
}
