package es.clave.sp.state.jdbc;

import es.clave.sp.state.testing.TestServers;
import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;

/** The store contract on H2 (portable statements, H2 DDL). */
class H2StateStoreTest extends JdbcStateStoreContract {

    private final DataSource dataSource = TestServers.h2();

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }

    @Override
    protected String tablePrefix() {
        return "clave_";
    }

    @Override
    protected DataSource unreachableDataSource() {
        JdbcDataSource dead = new JdbcDataSource();
        dead.setURL("jdbc:h2:tcp://127.0.0.1:" + TestServers.closedPort() + "/mem:nowhere");
        dead.setUser("sa");
        return dead;
    }

    @Override
    protected String deadDialect() {
        return "generic";
    }
}
