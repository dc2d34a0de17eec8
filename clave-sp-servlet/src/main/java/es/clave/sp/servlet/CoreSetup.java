package es.clave.sp.servlet;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveProperties;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.state.PendingLoginStore;
import es.clave.sp.state.StateStores;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.util.Map;

/**
 * Builds core's pieces from the same properties the filter reads: the SP configuration
 * ({@code clave.sp.*}, {@code clave.environment}, {@code clave.gateway.*} …, through
 * {@link ClaveProperties}) and the state stores ({@code clave.state.*}, through {@link StateStores};
 * the JDBC store's DataSource comes from JNDI, {@code clave.servlet.datasource-jndi}).
 */
final class CoreSetup {

    final ClaveServiceProvider sp;
    final PendingLoginStore pendingLogins;
    final AutoCloseable resources;

    private CoreSetup(ClaveServiceProvider sp, PendingLoginStore pendingLogins, AutoCloseable resources) {
        this.sp = sp;
        this.pendingLogins = pendingLogins;
        this.resources = resources;
    }

    /**
     * @param dataSourceJndi JNDI name of the JDBC store's DataSource, or null
     * @throws ClaveConfigException naming the property at fault
     */
    static CoreSetup fromProperties(Map<String, String> properties, String dataSourceJndi) {
        // the configuration first: a wrong key must not leave a Redis pool open behind it
        ClaveSpConfig config = ClaveProperties.load(properties);
        StateStores stores = StateStores.fromProperties(properties, () -> lookup(dataSourceJndi));
        return new CoreSetup(ClaveServiceProvider.create(config, stores.replayCache()), stores.pendingLogins(), stores);
    }

    /** @return setup from ready-made pieces the application owns */
    static CoreSetup of(ClaveServiceProvider sp, PendingLoginStore pendingLogins) {
        return new CoreSetup(sp, pendingLogins, () -> { });
    }

    private static DataSource lookup(String name) {
        if (name == null) {
            // StateStores then explains that the JDBC store needs a DataSource
            return null;
        }
        try {
            return (DataSource) new InitialContext().lookup(name);
        } catch (NamingException | ClassCastException e) {
            throw new ClaveConfigException(ClaveServletSettings.DATASOURCE_JNDI, "no DataSource at JNDI name '" + name
                    + "' (" + e.getMessage() + "); declare the resource in the container or fix the name", e);
        }
    }
}
