package es.clave.sp.state.jdbc;

import es.clave.sp.state.StateStores;
import es.clave.sp.state.TwoNodeLoginContract;
import es.clave.sp.state.testing.TestServers;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.util.Map;

/** Two SP nodes sharing state in one H2 database. */
class H2TwoNodeLoginTest extends TwoNodeLoginContract {

    private final DataSource dataSource = TestServers.h2();

    @Override
    protected StateStores openStores() {
        return StateStores.fromProperties(Map.of("clave.state.store", "jdbc", "clave.state.jdbc.create-schema", "true"),
                () -> dataSource);
    }

    @Override
    protected StateStores openUnreachableStores() {
        JdbcDataSource dead = new JdbcDataSource();
        dead.setURL("jdbc:h2:tcp://127.0.0.1:" + TestServers.closedPort() + "/mem:nowhere");
        return StateStores.fromProperties(Map.of("clave.state.store", "jdbc", "clave.state.jdbc.dialect", "generic"),
                () -> dead);
    }
}
