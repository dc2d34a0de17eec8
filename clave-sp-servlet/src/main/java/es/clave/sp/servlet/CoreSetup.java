package es.clave.sp.servlet;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveConfigException;
import es.clave.sp.config.ClaveProperties;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.state.InMemoryPendingLoginStore;
import es.clave.sp.state.InMemoryReplayCache;
import es.clave.sp.state.PendingLoginStore;

import java.util.Map;

/**
 * Builds core's pieces from the same properties the filter reads: the SP configuration
 * ({@code clave.sp.*}, {@code clave.environment}, {@code clave.gateway.*} …, through
 * {@link ClaveProperties}) and the state stores ({@code clave.state.*}).
 */
final class CoreSetup {

    private static final String STATE_STORE = "clave.state.store";

    final ClaveServiceProvider sp;
    final PendingLoginStore pendingLogins;
    final AutoCloseable resources;

    private CoreSetup(ClaveServiceProvider sp, PendingLoginStore pendingLogins, AutoCloseable resources) {
        this.sp = sp;
        this.pendingLogins = pendingLogins;
        this.resources = resources;
    }

    /** @throws ClaveConfigException naming the property at fault */
    static CoreSetup fromProperties(Map<String, String> properties, String dataSourceJndi) {
        ClaveSpConfig config = ClaveProperties.load(properties);
        String store = properties.getOrDefault(STATE_STORE, "memory").strip();
        // TODO(merge): StateStores.fromProperties (issue 8) for jdbc and redis
        if (!store.isEmpty() && !store.equalsIgnoreCase("memory")) {
            throw new ClaveConfigException(STATE_STORE, "'" + store + "' is not available in this build; use memory");
        }
        return new CoreSetup(ClaveServiceProvider.create(config, new InMemoryReplayCache()),
                new InMemoryPendingLoginStore(), () -> { });
    }

    /** @return setup from ready-made pieces the application owns */
    static CoreSetup of(ClaveServiceProvider sp, PendingLoginStore pendingLogins) {
        return new CoreSetup(sp, pendingLogins, () -> { });
    }
}
