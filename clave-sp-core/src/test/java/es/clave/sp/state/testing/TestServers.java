package es.clave.sp.state.testing;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real PostgreSQL and Redis servers the state-store tests use, on loopback. Settings come from
 * system properties or environment variables, with the defaults that {@code .ci/services.sh} sets up.
 * A missing server FAILS the test (it is never skipped), with a message saying how to start it.
 */
public final class TestServers {

    private static final String HOW_TO_FIX = "; start the test servers with `sudo CI=true .ci/services.sh` "
            + "(or point CLAVE_TEST_PG_URL / CLAVE_TEST_REDIS_URI at running servers)";

    private TestServers() {
    }

    /** @return the PostgreSQL JDBC URL (CLAVE_TEST_PG_URL) */
    public static String postgresUrl() {
        return setting("clave.test.pg.url", "CLAVE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/clave_test");
    }

    /** @return a DataSource opening a new PostgreSQL connection per call, checked to answer */
    public static DataSource postgres() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(postgresUrl());
        dataSource.setUser(setting("clave.test.pg.user", "CLAVE_TEST_PG_USER", "clave"));
        dataSource.setPassword(setting("clave.test.pg.password", "CLAVE_TEST_PG_PASSWORD", "clave"));
        dataSource.setConnectTimeout(5);
        dataSource.setSocketTimeout(30);
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            fail("PostgreSQL is not reachable at " + postgresUrl() + " (" + e.getMessage() + ")" + HOW_TO_FIX, e);
        }
        return dataSource;
    }

    /** @return a fresh, private in-memory H2 database (each connection is its own session) */
    public static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:clave_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    /** @return the Redis URI (CLAVE_TEST_REDIS_URI), checked to answer PING */
    public static URI redis() {
        URI uri = URI.create(setting("clave.test.redis.uri", "CLAVE_TEST_REDIS_URI", "redis://127.0.0.1:6379"));
        try (redis.clients.jedis.Jedis jedis = new redis.clients.jedis.Jedis(uri, 5_000)) {
            jedis.ping();
        } catch (RuntimeException e) {
            fail("Redis is not reachable at " + uri + " (" + e.getMessage() + ")" + HOW_TO_FIX, e);
        }
        return uri;
    }

    /**
     * @return {@code base} plus a random run id and an underscore: test runs of several work trees
     *         share the PostgreSQL database, so each run uses (and then drops) its own tables
     */
    public static String uniqueTablePrefix(String base) {
        return base + UUID.randomUUID().toString().replace("-", "").substring(0, 10) + "_";
    }

    /** Drops the two state tables of {@code prefix}, if they exist. */
    public static void dropTables(DataSource dataSource, String prefix) {
        try (Connection connection = dataSource.getConnection();
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + prefix + "pending_login");
            statement.execute("DROP TABLE IF EXISTS " + prefix + "replay");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test tables " + prefix + "*", e);
        }
    }

    /** @return a loopback port nothing listens on (bound, then released) */
    public static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String setting(String property, String env, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
