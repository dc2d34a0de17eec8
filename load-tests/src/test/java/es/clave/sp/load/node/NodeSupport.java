package es.clave.sp.load.node;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import es.clave.sp.trust.RefreshResult;
import java.util.Map;

/** What both nodes set up the same way: the JDBC store's pool and the operator's feed refresh. */
public final class NodeSupport {

    /** Harness keys (outside {@code clave.*}) naming the PostgreSQL database of the JDBC store. */
    public static final String JDBC_URL = "load.jdbc.url";
    /** The database user. */
    public static final String JDBC_USER = "load.jdbc.user";
    /** The database password. */
    public static final String JDBC_PASSWORD = "load.jdbc.password";
    /** The operator endpoint both nodes serve: runs a feed download now and says what it gave. */
    public static final String FEED_REFRESH_PATH = "/load-ops/feed-refresh";

    private NodeSupport() {
    }

    /**
     * @return the application's pool for the JDBC store, with the fail-fast timeouts
     *         docs/state-stores.md asks for, or null when the store is not {@code jdbc}
     */
    public static HikariDataSource dataSource(Map<String, String> properties) {
        if (!"jdbc".equals(properties.get("clave.state.store"))) {
            return null;
        }
        HikariConfig c = new HikariConfig();
        c.setJdbcUrl(properties.get(JDBC_URL));
        c.setUsername(properties.get(JDBC_USER));
        c.setPassword(properties.get(JDBC_PASSWORD));
        c.setMaximumPoolSize(12);
        c.setConnectionTimeout(3000);
        c.setValidationTimeout(1000);
        c.setPoolName("load-node");
        return new HikariDataSource(c);
    }

    /** @return one line for the harness: {@code <outcome> trusted=<n>} */
    public static String describe(RefreshResult result) {
        return result.outcome() + " trusted=" + result.trusted().size();
    }
}
