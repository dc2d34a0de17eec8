package es.clave.sp.servlet;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveConfigException;
import es.clave.sp.state.PendingLoginStore;

import java.util.Map;

/**
 * Builds core's pieces from the same properties the filter reads: the SP configuration
 * ({@code clave.sp.*}, {@code clave.environment}, {@code clave.gateway.*} …) and the state stores
 * ({@code clave.state.*}).
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

    /** @throws ClaveConfigException naming the property at fault */
    static CoreSetup fromProperties(Map<String, String> properties) {
        // TODO(merge): ClaveProperties (issue 2) and StateStores (issue 8) are not in main yet
        throw new ClaveConfigException("clave.sp.code", "loading the core configuration from properties needs "
                + "ClaveProperties, not in this build yet; configure the filter programmatically "
                + "(ClaveFilter(ClaveServiceProvider, PendingLoginStore, ClaveServletSettings))");
    }

    /** @return setup from ready-made pieces the application owns */
    static CoreSetup of(ClaveServiceProvider sp, PendingLoginStore pendingLogins) {
        return new CoreSetup(sp, pendingLogins, () -> { });
    }
}
