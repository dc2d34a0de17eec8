package es.clave.sp.state;

import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.state.jdbc.JdbcStateStores;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The pending-login store and replay cache an SP runs with, chosen by {@code clave.state.store}
 * ({@link StateStoreSettings}). Adapters build it once at start-up, give {@link #replayCache()} to
 * {@link es.clave.sp.ClaveServiceProvider#create} and use {@link #pendingLogins()} around the
 * login, and close it at shutdown (it releases Redis connections; JDBC connections belong to the
 * application's DataSource).
 *
 * @param pendingLogins pending logins keyed by RelayState
 * @param replayCache   seen Response and Assertion IDs (RSP-11, SEC-P2)
 * @param resources     what {@link #close()} releases; a no-op for memory and JDBC
 */
public record StateStores(PendingLoginStore pendingLogins, ReplayCache replayCache, AutoCloseable resources)
        implements AutoCloseable {

    /** Checks that both stores are present; {@code resources} may be null for "nothing to release". */
    public StateStores {
        Objects.requireNonNull(pendingLogins, "pendingLogins");
        Objects.requireNonNull(replayCache, "replayCache");
        resources = resources == null ? () -> { } : resources;
    }

    /**
     * Builds the stores that {@code properties} select, with the system clock.
     *
     * @param properties  configuration; only {@code clave.state.*} keys are read
     * @param dataSources gives the DataSource when {@code clave.state.store=jdbc}; not called otherwise, may be null then
     * @throws ClaveConfigException when the configuration is wrong or the chosen engine is not usable
     */
    public static StateStores fromProperties(Map<String, String> properties, Supplier<DataSource> dataSources) {
        return fromSettings(StateStoreSettings.fromProperties(properties), dataSources, Clock.systemUTC());
    }

    /**
     * Builds the stores {@code settings} select.
     *
     * @param clock decides expiry of pending logins and replay records (tests pass a controllable one)
     * @throws ClaveConfigException when the chosen engine is not usable
     */
    public static StateStores fromSettings(StateStoreSettings settings, Supplier<DataSource> dataSources, Clock clock) {
        return switch (settings.store()) {
            case MEMORY -> memory(settings, clock);
            case JDBC -> JdbcStateStores.create(settings, dataSource(dataSources), clock);
            case REDIS -> redis(settings, clock);
        };
    }

    /** Releases connections held by the stores (Redis); safe to call more than once. */
    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the state stores failed", e);
        }
    }

    private static StateStores memory(StateStoreSettings settings, Clock clock) {
        int pending = settings.maxEntries().orElse(InMemoryPendingLoginStore.DEFAULT_MAX_ENTRIES);
        int replay = settings.maxEntries().orElse(InMemoryReplayCache.DEFAULT_MAX_ENTRIES);
        return new StateStores(new InMemoryPendingLoginStore(pending, clock), new InMemoryReplayCache(replay, clock), null);
    }

    private static DataSource dataSource(Supplier<DataSource> dataSources) {
        DataSource dataSource = dataSources == null ? null : dataSources.get();
        if (dataSource == null) {
            throw new ClaveConfigException(StateStoreSettings.STORE,
                    "jdbc needs a DataSource: pass one (e.g. the application's connection pool) to StateStores.fromProperties");
        }
        return dataSource;
    }

    private static StateStores redis(StateStoreSettings settings, Clock clock) {
        try {
            return RedisFactoryHolder.create(settings, clock);
        } catch (NoClassDefFoundError e) {
            throw new ClaveConfigException(StateStoreSettings.STORE,
                    "redis needs the Jedis client on the class path: add the dependency redis.clients:jedis", e);
        }
    }

    /** Keeps Jedis classes from loading unless Redis is chosen (Jedis is an optional dependency). */
    private static final class RedisFactoryHolder {
        static StateStores create(StateStoreSettings settings, Clock clock) {
            return es.clave.sp.state.redis.RedisStateStores.create(settings, clock);
        }
    }
}
