package es.clave.sp.state.jdbc;

import es.clave.sp.state.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;

/**
 * The store contract on a real PostgreSQL server ({@code DELETE ... RETURNING}, {@code ON CONFLICT}).
 * Fails, not skips, when the server is missing: run {@code .ci/services.sh}.
 */
class PostgresStateStoreTest extends JdbcStateStoreContract {

    private static final String PREFIX = TestServers.uniqueTablePrefix("clave_it_");
    private static DataSource dataSource;

    @BeforeAll
    static void connect() {
        dataSource = TestServers.postgres();
    }

    @AfterAll
    static void dropTables() {
        TestServers.dropTables(dataSource, PREFIX);
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }

    @Override
    protected String tablePrefix() {
        return PREFIX;
    }

    @Override
    protected DataSource unreachableDataSource() {
        PGSimpleDataSource dead = new PGSimpleDataSource();
        dead.setURL("jdbc:postgresql://127.0.0.1:" + TestServers.closedPort() + "/clave_test");
        dead.setUser("clave");
        dead.setPassword("clave");
        dead.setConnectTimeout(2);
        return dead;
    }

    @Override
    protected String deadDialect() {
        return "postgresql";
    }
}
