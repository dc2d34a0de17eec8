package es.clave.sp.state.redis;

import es.clave.sp.state.ReplayCache;
import es.clave.sp.state.ReplayKeys;
import es.clave.sp.state.StateStoreFailures;
import redis.clients.jedis.UnifiedJedis;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Seen message IDs in Redis under {@code <key-prefix>replay:<namespace>:<hash>} ({@link ReplayKeys}),
 * shared by all nodes (RSP-11, SEC-P2). The check-and-record is one atomic script, so of
 * concurrent first sightings of one ID on any nodes exactly one returns true.
 */
public final class RedisReplayCache implements ReplayCache {

    private static final String STORE = "redis replay cache";
    /** A record always outlives the check that made it by at least this long. */
    static final long MIN_RETENTION_MILLIS = 1_000;

    private final UnifiedJedis redis;
    private final String keyPrefix;
    private final Clock clock;

    /**
     * @param redis     a client shared with the pending-login store; its owner closes it
     * @param keyPrefix {@code clave.state.redis.key-prefix}
     * @param clock     decides expiry
     */
    public RedisReplayCache(UnifiedJedis redis, String keyPrefix, Clock clock) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.keyPrefix = Objects.requireNonNull(keyPrefix, "keyPrefix") + "replay:";
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean firstSeen(String namespace, String id, Instant expiresAt) {
        Objects.requireNonNull(expiresAt, "expiresAt");
        String key = keyPrefix + ReplayKeys.key(namespace, id);
        long now = clock.millis();
        long until = Math.max(expiresAt.toEpochMilli(), now + MIN_RETENTION_MILLIS);
        try {
            return InsertUnlessLiveScript.run(redis, key, Long.toString(until), until, now);
        } catch (RuntimeException e) { // JedisException, or the pool's own unchecked failures
            throw StateStoreFailures.unavailable(STORE, "firstSeen", e);
        }
    }
}
