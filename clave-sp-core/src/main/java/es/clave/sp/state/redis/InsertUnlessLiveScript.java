package es.clave.sp.state.redis;

import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisNoScriptException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Atomically writes a key unless it holds a record that is still live by the SP's clock. Values
 * start with their expiry in epoch milliseconds, so nodes decide expiry by the same clock the
 * JDBC store uses; the key's Redis TTL only reclaims memory. A Lua script runs atomically in
 * Redis, so of concurrent writers of one key exactly one gets 1.
 */
final class InsertUnlessLiveScript {

    /** KEYS[1] key; ARGV[1] value; ARGV[2] TTL in ms; ARGV[3] now in epoch ms. */
    private static final String SOURCE = """
            local current = redis.call('GET', KEYS[1])
            if current then
              local expires = tonumber(string.match(current, '^%d+'))
              if expires and expires > tonumber(ARGV[3]) then
                return 0
              end
            end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return 1
            """;

    // the script's identity in Redis's script cache, not a security use of SHA-1
    private static final String SHA1 = sha1(SOURCE);

    private InsertUnlessLiveScript() {
    }

    /**
     * @param value     the value; must start with {@code expiresAt} in decimal
     * @param expiresAt expiry in epoch milliseconds by the SP's clock
     * @param now       the SP's clock now, epoch milliseconds
     * @return true when this call wrote the key
     */
    static boolean run(UnifiedJedis redis, String key, String value, long expiresAt, long now) {
        long ttl = Math.max(1, expiresAt - now);
        List<String> keys = List.of(key);
        List<String> args = List.of(value, Long.toString(ttl), Long.toString(now));
        Object result;
        try {
            result = redis.evalsha(SHA1, keys, args);
        } catch (JedisNoScriptException e) {
            result = redis.eval(SOURCE, keys, args); // first use on this server: EVAL also caches it
        }
        return Long.valueOf(1).equals(result);
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}
