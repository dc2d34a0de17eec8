package es.clave.sp.state.redis;

import es.clave.sp.state.StateStoreSettings;
import es.clave.sp.state.StateStores;
import redis.clients.jedis.RedisClient;

import java.time.Clock;

/** Builds the Redis pending-login store and replay cache on one pooled client, closed with the {@link StateStores}. */
public final class RedisStateStores {

    private RedisStateStores() {
    }

    /** @return both Redis stores for {@code settings}; no connection is opened until first use */
    public static StateStores create(StateStoreSettings settings, Clock clock) {
        RedisClient client = RedisConnections.open(settings);
        return new StateStores(
                new RedisPendingLoginStore(client, settings.redisKeyPrefix(), clock),
                new RedisReplayCache(client, settings.redisKeyPrefix(), clock),
                client::close);
    }
}
