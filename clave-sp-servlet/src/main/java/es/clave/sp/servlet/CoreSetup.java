package es.clave.sp.servlet;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveProperties;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.state.PendingLoginStore;
import es.clave.sp.state.StateStores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
final class CoreSetup implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CoreSetup.class);

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
        // the configuration first, and it starts nothing: a wrong key leaves no Redis pool or feed thread behind
        ClaveSpConfig config = ClaveProperties.load(properties);
        StateStores stores = StateStores.fromProperties(properties, () -> lookup(dataSourceJndi));
        try {
            // last, because creating the SP starts the certificate feed
            return new CoreSetup(ClaveServiceProvider.create(config, stores.replayCache()), stores.pendingLogins(), stores);
        } catch (RuntimeException e) {
            stores.close();
            throw e;
        }
    }

    /** Closes the SP (stopping its certificate feed), then the stores; a failure is logged, not thrown. */
    @Override
    public void close() {
        try {
            sp.close();
        } catch (RuntimeException e) {
            LOG.warn("closing the Cl@ve Service Provider failed", e);
        }
        try {
            resources.close();
        } catch (Exception e) {
            LOG.warn("closing the Cl@ve state stores failed", e);
        }
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
