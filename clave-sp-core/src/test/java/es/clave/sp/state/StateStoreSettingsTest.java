package es.clave.sp.state;

import es.clave.sp.error.ClaveConfigException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StateStoreSettingsTest {

    @Test
    @DisplayName("defaults: memory store with its own bounds, clave_ tables, local Redis, second-scale timeouts")
    void defaults() {
        StateStoreSettings settings = StateStoreSettings.defaults();

        assertEquals(StateStoreSettings.Engine.MEMORY, settings.store());
        assertEquals(OptionalInt.empty(), settings.maxEntries());
        assertEquals("clave_", settings.jdbcTablePrefix());
        assertEquals(StateStoreSettings.JdbcDialectChoice.AUTO, settings.jdbcDialect());
        assertFalse(settings.jdbcCreateSchema());
        assertEquals(Duration.ofSeconds(5), settings.jdbcQueryTimeout());
        assertEquals(Duration.ofSeconds(60), settings.jdbcCleanupInterval());
        assertEquals(500, settings.jdbcCleanupBatchSize());
        assertEquals(URI.create("redis://127.0.0.1:6379/0"), settings.redisUri());
        assertEquals("clave:", settings.redisKeyPrefix());
        assertEquals(Duration.ofSeconds(2), settings.redisConnectTimeout());
        assertEquals(Duration.ofSeconds(2), settings.redisCommandTimeout());
        assertEquals(16, settings.redisPoolSize());
    }

    @Test
    @DisplayName("every key is read; durations accept ms, s, m and ISO-8601; enum values ignore case")
    void readsEveryKey() {
        StateStoreSettings settings = StateStoreSettings.fromProperties(Map.ofEntries(
                Map.entry("clave.state.store", "JDBC"),
                Map.entry("clave.state.max-entries", "42"),
                Map.entry("clave.state.jdbc.table-prefix", "auth.sp_"),
                Map.entry("clave.state.jdbc.dialect", "postgresql"),
                Map.entry("clave.state.jdbc.create-schema", "true"),
                Map.entry("clave.state.jdbc.query-timeout", "3s"),
                Map.entry("clave.state.jdbc.cleanup-interval", "2m"),
                Map.entry("clave.state.jdbc.cleanup-batch-size", "50"),
                Map.entry("clave.state.redis.uri", "rediss://user:p%40ss@redis.example:6380/3"),
                Map.entry("clave.state.redis.key-prefix", "app1:clave:"),
                Map.entry("clave.state.redis.connect-timeout", "500ms"),
                Map.entry("clave.state.redis.command-timeout", "PT1.5S"),
                Map.entry("clave.state.redis.pool-size", "8"),
                Map.entry("clave.sp.code", "not ours, ignored")));

        assertEquals(StateStoreSettings.Engine.JDBC, settings.store());
        assertEquals(OptionalInt.of(42), settings.maxEntries());
        assertEquals("auth.sp_", settings.jdbcTablePrefix());
        assertEquals(StateStoreSettings.JdbcDialectChoice.POSTGRESQL, settings.jdbcDialect());
        assertTrue(settings.jdbcCreateSchema());
        assertEquals(Duration.ofSeconds(3), settings.jdbcQueryTimeout());
        assertEquals(Duration.ofMinutes(2), settings.jdbcCleanupInterval());
        assertEquals(50, settings.jdbcCleanupBatchSize());
        assertEquals("redis.example", settings.redisUri().getHost());
        assertEquals("app1:clave:", settings.redisKeyPrefix());
        assertEquals(Duration.ofMillis(500), settings.redisConnectTimeout());
        assertEquals(Duration.ofMillis(1500), settings.redisCommandTimeout());
        assertEquals(8, settings.redisPoolSize());
    }

    @Test
    @DisplayName("an unknown clave.state key (a typo) is refused, naming it")
    void unknownKeyIsRefused() {
        ClaveConfigException e = assertThrows(ClaveConfigException.class,
                () -> StateStoreSettings.fromProperties(Map.of("clave.state.redis.url", "redis://x")));
        assertEquals("clave.state.redis.url", e.property());
        assertTrue(e.getMessage().contains("clave.state.redis.uri"), e.getMessage());
    }

    @Test
    @DisplayName("invalid values are refused with the key at fault")
    void invalidValuesAreRefused() {
        assertRefused("clave.state.store", "mongodb");
        assertRefused("clave.state.max-entries", "0");
        assertRefused("clave.state.max-entries", "many");
        assertRefused("clave.state.jdbc.table-prefix", "clave; DROP TABLE x; --");
        assertRefused("clave.state.jdbc.table-prefix", "a.b.c_");
        assertRefused("clave.state.jdbc.dialect", "oracle");
        assertRefused("clave.state.jdbc.create-schema", "yes");
        assertRefused("clave.state.jdbc.query-timeout", "0s");
        assertRefused("clave.state.jdbc.query-timeout", "soon");
        assertRefused("clave.state.redis.uri", "http://127.0.0.1:6379");
        assertRefused("clave.state.redis.uri", "redis:///0");
        assertRefused("clave.state.redis.uri", "redis://host/db1");
        assertRefused("clave.state.redis.key-prefix", "has space");
        assertRefused("clave.state.redis.pool-size", "-1");
        assertRefused("clave.state.redis.connect-timeout", "2000");
    }

    @Test
    @DisplayName("the shared grammar: an h unit and any-case enum values are read; an empty Redis key prefix stays empty")
    void sharedGrammar() {
        StateStoreSettings settings = StateStoreSettings.fromProperties(Map.of(
                "clave.state.jdbc.cleanup-interval", "1h",
                "clave.state.redis.key-prefix", ""));
        assertEquals(Duration.ofHours(1), settings.jdbcCleanupInterval());
        assertEquals("", settings.redisKeyPrefix());
        assertEquals(StateStoreSettings.Engine.REDIS,
                StateStoreSettings.fromProperties(Map.of("clave.state.store", "Redis")).store());
    }

    @Test
    @DisplayName("a malformed Redis URI is reported without echoing its password")
    void redisUriErrorHidesPassword() {
        ClaveConfigException e = assertThrows(ClaveConfigException.class,
                () -> StateStoreSettings.fromProperties(Map.of("clave.state.redis.uri", "redis://u:s3cret@host:port^/0")));
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
    }

    private static void assertRefused(String key, String value) {
        ClaveConfigException e = assertThrows(ClaveConfigException.class,
                () -> StateStoreSettings.fromProperties(Map.of(key, value)), key + "=" + value);
        assertEquals(key, e.property());
    }
}
