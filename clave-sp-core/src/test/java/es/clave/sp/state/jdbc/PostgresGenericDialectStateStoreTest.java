package es.clave.sp.state.jdbc;

import es.clave.sp.state.StateStoreSettings;
import es.clave.sp.state.testing.TestServers;
import org.junit.jupiter.api.AfterAll;

import java.util.Map;

/**
 * The store contract with the portable statements forced on a real PostgreSQL server, so the
 * update-count path that other databases use is proven under real concurrency too.
 */
class PostgresGenericDialectStateStoreTest extends PostgresStateStoreTest {

    private static final String PREFIX = TestServers.uniqueTablePrefix("clave_itg_");

    @AfterAll
    static void dropGenericTables() {
        TestServers.dropTables(TestServers.postgres(), PREFIX);
    }

    @Override
    protected String tablePrefix() {
        return PREFIX;
    }

    @Override
    protected Map<String, String> extraSettings() {
        return Map.of(StateStoreSettings.JDBC_DIALECT, "generic");
    }

    @Override
    protected String deadDialect() {
        return "generic";
    }
}
