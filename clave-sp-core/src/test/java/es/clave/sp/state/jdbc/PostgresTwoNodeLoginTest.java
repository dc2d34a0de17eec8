package es.clave.sp.state.jdbc;

import es.clave.sp.state.StateStores;
import es.clave.sp.state.TwoNodeLoginContract;
import es.clave.sp.state.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.util.Map;

/** Two SP nodes sharing state in a real PostgreSQL server (fails, not skips, without it: run .ci/services.sh). */
class PostgresTwoNodeLoginTest extends TwoNodeLoginContract {

    private static final String PREFIX = TestServers.uniqueTablePrefix("clave_nodes_");
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
    protected StateStores openStores() {
        return StateStores.fromProperties(Map.of("clave.state.store", "jdbc", "clave.state.jdbc.create-schema", "true",
                "clave.state.jdbc.table-prefix", PREFIX), () -> dataSource);
    }

    @Override
    protected StateStores openUnreachableStores() {
        PGSimpleDataSource dead = new PGSimpleDataSource();
        dead.setURL("jdbc:postgresql://127.0.0.1:" + TestServers.closedPort() + "/clave_test");
        return StateStores.fromProperties(Map.of("clave.state.store", "jdbc", "clave.state.jdbc.dialect", "postgresql"),
                () -> dead);
    }
}
