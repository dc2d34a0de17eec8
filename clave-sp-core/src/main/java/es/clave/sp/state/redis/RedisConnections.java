package es.clave.sp.state.redis;

import es.clave.sp.state.StateStoreSettings;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Opens the pooled Jedis client the Redis stores share, with timeouts that make a dead server
 * fail a login in seconds: connect timeout, socket read timeout per command, and the same bound
 * on waiting for a free pooled connection (the pool would otherwise wait forever).
 */
public final class RedisConnections {

    private static final int DEFAULT_PORT = 6379;

    private RedisConnections() {
    }

    /** @return a client for {@link StateStoreSettings#redisUri()}; connections open lazily, on first use */
    public static RedisClient open(StateStoreSettings settings) {
        URI uri = settings.redisUri();
        DefaultJedisClientConfig.Builder client = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(millis(settings.redisConnectTimeout()))
                .socketTimeoutMillis(millis(settings.redisCommandTimeout()))
                .database(database(uri))
                .ssl("rediss".equals(uri.getScheme().toLowerCase(Locale.ROOT)))
                .clientName("clave-sp");
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            String user = colon < 0 ? null : decode(userInfo.substring(0, colon));
            String password = decode(colon < 0 ? userInfo : userInfo.substring(colon + 1));
            if (user != null && !user.isEmpty()) {
                client.user(user);
            }
            client.password(password);
        }
        ConnectionPoolConfig pool = new ConnectionPoolConfig();
        pool.setMaxTotal(settings.redisPoolSize());
        pool.setMaxIdle(settings.redisPoolSize());
        pool.setBlockWhenExhausted(true);
        pool.setMaxWait(settings.redisCommandTimeout());
        return RedisClient.builder()
                .hostAndPort(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort())
                .clientConfig(client.build())
                .poolConfig(pool)
                .build();
    }

    private static int database(URI uri) {
        String path = uri.getPath();
        return path == null || path.isEmpty() || path.equals("/") ? 0 : Integer.parseInt(path.substring(1));
    }

    private static int millis(java.time.Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
