package es.clave.sp.state.redis;

import es.clave.sp.login.PendingLogin;
import es.clave.sp.state.PendingLoginCodec;
import es.clave.sp.state.PendingLoginStore;
import es.clave.sp.state.RelayStateKeys;
import es.clave.sp.state.StateStoreFailures;
import redis.clients.jedis.UnifiedJedis;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Pending logins in Redis under {@code <key-prefix>pending:<RelayState>}, valued
 * {@code <expiresAt epoch ms> <PendingLoginCodec text>} with a matching TTL. {@link #take} uses
 * {@code GETDEL} (Redis 6.2+): one atomic command, so only one node ever gets a pending login.
 */
public final class RedisPendingLoginStore implements PendingLoginStore {

    private static final String STORE = "redis pending-login store";

    private final UnifiedJedis redis;
    private final String keyPrefix;
    private final Clock clock;

    /**
     * @param redis     a client shared with the replay cache; its owner closes it
     * @param keyPrefix {@code clave.state.redis.key-prefix}
     * @param clock     decides expiry
     */
    public RedisPendingLoginStore(UnifiedJedis redis, String keyPrefix, Clock clock) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix") + "pending:";
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the RelayState is empty or too long, or the ttl not positive
     * @throws IllegalStateException    when a live pending login already uses this RelayState
     */
    @Override
    public void put(PendingLogin pending, Duration ttl) {
        RelayStateKeys.requireStorable(pending, ttl);
        long now = clock.millis();
        long expiresAt = now + ttl.toMillis();
        boolean stored;
        try {
            stored = InsertUnlessLiveScript.run(redis, keyPrefix + pending.relayState(),
                    expiresAt + " " + PendingLoginCodec.encode(pending), expiresAt, now);
        } catch (RuntimeException e) { // JedisException, or the pool's own unchecked failures
            throw StateStoreFailures.unavailable(STORE, "put", e);
        }
        if (!stored) {
            throw new IllegalStateException("a live pending login already uses this RelayState; RelayState values must be unique");
        }
    }

    @Override
    public Optional<PendingLogin> take(String relayState) {
        if (!RelayStateKeys.storable(relayState)) {
            return Optional.empty();
        }
        String value;
        try {
            value = redis.getDel(keyPrefix + relayState);
        } catch (RuntimeException e) { // JedisException, or the pool's own unchecked failures
            throw StateStoreFailures.unavailable(STORE, "take", e);
        }
        if (value == null) {
            return Optional.empty();
        }
        try {
            int space = value.indexOf(' ');
            if (space <= 0) {
                throw new IllegalArgumentException("record lacks its expiry prefix");
            }
            long expiresAt = Long.parseLong(value.substring(0, space));
            return expiresAt <= clock.millis()
                    ? Optional.empty()
                    : Optional.of(PendingLoginCodec.decode(value.substring(space + 1)));
        } catch (IllegalArgumentException e) { // NumberFormatException included
            throw StateStoreFailures.unavailable(STORE, "take (unreadable record)", e);
        }
    }
}
