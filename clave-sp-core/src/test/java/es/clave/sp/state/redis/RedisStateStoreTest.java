package es.clave.sp.state.redis;

import es.clave.sp.login.PendingLogin;
import es.clave.sp.state.SharedStateStoreContract;
import es.clave.sp.state.StateStoreSettings;
import es.clave.sp.state.StateStores;
import es.clave.sp.testing.MutableClock;
import es.clave.sp.state.testing.PendingLogins;
import es.clave.sp.state.testing.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import redis.clients.jedis.Jedis;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store contract on a real Redis server ({@code GETDEL}, an atomic insert script, TTLs).
 * Fails, not skips, when the server is missing: run {@code .ci/services.sh}.
 */
class RedisStateStoreTest extends SharedStateStoreContract {

    private static URI redisUri;
    private final String keyPrefix = "clave-test:" + UUID.randomUUID() + ":";

    @BeforeAll
    static void connect() {
        redisUri = TestServers.redis();
    }

    @AfterEach
    void deleteKeys() {
        try (Jedis jedis = new Jedis(redisUri, 5_000)) {
            Set<String> keys = jedis.keys(keyPrefix + "*");
            if (!keys.isEmpty()) {
                jedis.del(keys.toArray(String[]::new));
            }
        }
    }

    private Map<String, String> settings(String uri) {
        return new HashMap<>(Map.of(
                StateStoreSettings.STORE, "redis",
                StateStoreSettings.REDIS_URI, uri,
                StateStoreSettings.REDIS_KEY_PREFIX, keyPrefix,
                StateStoreSettings.REDIS_POOL_SIZE, Integer.toString(RACERS + 10),
                StateStoreSettings.REDIS_CONNECT_TIMEOUT, "1s",
                StateStoreSettings.REDIS_COMMAND_TIMEOUT, "2s"));
    }

    @Override
    protected StateStores openNode(MutableClock clock) {
        return StateStores.fromSettings(StateStoreSettings.fromProperties(settings(redisUri.toString())), null, clock);
    }

    @Override
    protected StateStores openUnreachable() {
        return StateStores.fromSettings(StateStoreSettings.fromProperties(
                settings("redis://127.0.0.1:" + TestServers.closedPort() + "/0")), null, clock);
    }

    @Test
    @DisplayName("RSP-11 records live under the configured key prefix and carry a TTL so Redis reclaims them")
    void keysUseThePrefixAndExpire() {
        PendingLogin pending = PendingLogins.full(PendingLogins.relayState());
        nodeA.pendingLogins().put(pending, Duration.ofMinutes(5));
        nodeA.replayCache().firstSeen("response", "_ttl", clock.instant().plus(Duration.ofMinutes(3)));

        try (Jedis jedis = new Jedis(redisUri, 5_000)) {
            long pendingTtl = jedis.pttl(keyPrefix + "pending:" + pending.relayState());
            assertTrue(pendingTtl > 0 && pendingTtl <= Duration.ofMinutes(5).toMillis(), "pending TTL " + pendingTtl);
            List<String> replayKeys = new ArrayList<>(jedis.keys(keyPrefix + "replay:response:*"));
            assertEquals(1, replayKeys.size());
            long replayTtl = jedis.pttl(replayKeys.get(0));
            assertTrue(replayTtl > 0 && replayTtl <= Duration.ofMinutes(3).toMillis(), "replay TTL " + replayTtl);
        }
    }

    @Test
    @DisplayName("RSP-11 a tampered or foreign value fails closed with STATE_UNAVAILABLE")
    void unreadableValueFailsClosed() {
        long future = clock.millis() + 60_000;
        try (Jedis jedis = new Jedis(redisUri, 5_000)) {
            jedis.set(keyPrefix + "pending:no-expiry", "garbage");
            jedis.set(keyPrefix + "pending:foreign", future + " clave-pending-login v9\nrequestId=_x\n");
        }

        assertStateUnavailable(() -> nodeA.pendingLogins().take("no-expiry"));
        assertStateUnavailable(() -> nodeA.pendingLogins().take("foreign"));
    }

    @Test
    @Timeout(30) // a hang guard, not a speed assertion: without a command timeout this call would never return
    @DisplayName("RSP-11 a Redis that accepts connections but never answers fails closed with STATE_UNAVAILABLE")
    void silentServerFailsClosed() throws IOException {
        try (ServerSocket blackHole = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(blackHole.accept()); // read nothing, answer nothing
                    }
                } catch (IOException closed) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            Map<String, String> settings = settings("redis://127.0.0.1:" + blackHole.getLocalPort());
            settings.put(StateStoreSettings.REDIS_COMMAND_TIMEOUT, "300ms");
            StateStores silent = track(StateStores.fromSettings(StateStoreSettings.fromProperties(settings), null, clock));

            assertStateUnavailable(() -> silent.replayCache().firstSeen("response", "_id", Instant.now().plusSeconds(60)));
            assertStateUnavailable(() -> silent.pendingLogins().take(PendingLogins.relayState()));
            for (Socket socket : accepted) {
                socket.close();
            }
        }
    }
}
