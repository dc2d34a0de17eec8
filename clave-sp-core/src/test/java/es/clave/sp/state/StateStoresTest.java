package es.clave.sp.state;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.state.jdbc.JdbcPendingLoginStore;
import es.clave.sp.state.jdbc.JdbcReplayCache;
import es.clave.sp.state.redis.RedisPendingLoginStore;
import es.clave.sp.state.redis.RedisReplayCache;
import es.clave.sp.state.testing.TestServers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StateStoresTest {

    @Test
    @DisplayName("clave.state.store=memory (the default) builds the in-memory stores, bounded by max-entries")
    void memoryIsTheDefault() {
        try (StateStores stores = StateStores.fromProperties(Map.of(), null)) {
            assertInstanceOf(InMemoryPendingLoginStore.class, stores.pendingLogins());
            assertInstanceOf(InMemoryReplayCache.class, stores.replayCache());
        }
        try (StateStores bounded = StateStores.fromProperties(Map.of("clave.state.max-entries", "1"), null)) {
            java.time.Instant until = java.time.Instant.now().plusSeconds(60);
            bounded.replayCache().firstSeen("response", "_a", until);
            // a full replay cache fails closed rather than forgetting a live id
            ClaveAuthenticationException e = assertThrows(ClaveAuthenticationException.class,
                    () -> bounded.replayCache().firstSeen("response", "_b", until));
            assertEquals(ClaveError.STATE_UNAVAILABLE, e.error());
        }
    }

    @Test
    @DisplayName("clave.state.store=jdbc builds the JDBC stores on the supplied DataSource")
    void jdbcIsSelected() {
        try (StateStores stores = StateStores.fromProperties(
                Map.of("clave.state.store", "jdbc", "clave.state.jdbc.create-schema", "true"), TestServers::h2)) {
            assertInstanceOf(JdbcPendingLoginStore.class, stores.pendingLogins());
            assertInstanceOf(JdbcReplayCache.class, stores.replayCache());
        }
    }

    @Test
    @DisplayName("clave.state.store=redis builds the Redis stores without connecting yet")
    void redisIsSelected() {
        try (StateStores stores = StateStores.fromProperties(
                Map.of("clave.state.store", "redis", "clave.state.redis.uri", "redis://127.0.0.1:" + TestServers.closedPort()),
                null)) {
            assertInstanceOf(RedisPendingLoginStore.class, stores.pendingLogins());
            assertInstanceOf(RedisReplayCache.class, stores.replayCache());
        }
    }

    @Test
    @DisplayName("jdbc without a DataSource is a configuration error that says what to pass")
    void jdbcWithoutDataSourceIsRefused() {
        ClaveConfigException e = assertThrows(ClaveConfigException.class,
                () -> StateStores.fromProperties(Map.of("clave.state.store", "jdbc"), () -> null));
        assertEquals("clave.state.store", e.property());
        assertThrows(ClaveConfigException.class, () -> StateStores.fromProperties(Map.of("clave.state.store", "jdbc"), null));
    }
}
