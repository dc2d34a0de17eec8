package es.clave.sp.state.redis;

import es.clave.sp.state.StateStores;
import es.clave.sp.state.TwoNodeLoginContract;
import es.clave.sp.state.testing.TestServers;
import org.junit.jupiter.api.BeforeAll;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

/** Two SP nodes sharing state in a real Redis server (fails, not skips, without it: run .ci/services.sh). */
class RedisTwoNodeLoginTest extends TwoNodeLoginContract {

    private static URI redisUri;
    // keys expire by TTL; a per-run prefix keeps runs apart
    private final String keyPrefix = "clave-test:" + UUID.randomUUID() + ":";

    @BeforeAll
    static void connect() {
        redisUri = TestServers.redis();
    }

    @Override
    protected StateStores openStores() {
        return StateStores.fromProperties(Map.of("clave.state.store", "redis", "clave.state.redis.uri", redisUri.toString(),
                "clave.state.redis.key-prefix", keyPrefix, "clave.state.redis.pool-size", "60"), null);
    }

    @Override
    protected StateStores openUnreachableStores() {
        return StateStores.fromProperties(Map.of("clave.state.store", "redis",
                "clave.state.redis.uri", "redis://127.0.0.1:" + TestServers.closedPort()), null);
    }
}
