package es.clave.sp.state.jdbc;

import es.clave.sp.state.StateStoreSettings;

import java.util.Map;

/**
 * The store contract with the portable statements forced on a real PostgreSQL server, so the
 * update-count path that other databases use is proven under real concurrency too.
 */
class PostgresGenericDialectStateStoreTest extends PostgresStateStoreTest {

    @Override
    protected String tablePrefix() {
        return "clave_itg_";
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
