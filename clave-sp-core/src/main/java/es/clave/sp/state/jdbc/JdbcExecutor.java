package es.clave.sp.state.jdbc;

import es.clave.sp.state.StateStoreFailures;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Runs one unit of store work on a connection from the application's DataSource: auto-commit
 * (each statement is atomic on its own, and the consume-once logic relies on that), a statement
 * timeout so a stuck database fails the login quickly, and any {@link SQLException} (or unchecked
 * driver or pool exception) turned into
 * the fail-closed {@code STATE_UNAVAILABLE}.
 */
final class JdbcExecutor {

    /** One unit of work on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(JdbcExecutor executor, Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final int queryTimeoutSeconds;
    private final String storeName;

    JdbcExecutor(DataSource dataSource, Duration queryTimeout, String storeName) {
        this.dataSource = dataSource;
        this.queryTimeoutSeconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, queryTimeout.toSeconds()));
        this.storeName = storeName;
    }

    /**
     * @throws es.clave.sp.error.ClaveAuthenticationException with STATE_UNAVAILABLE when the database fails
     */
    <T> T run(String operation, Work<T> work) {
        try {
            return runOrThrow(work);
        } catch (SQLException | RuntimeException e) {
            // pools and drivers also fail with unchecked exceptions (e.g. a pool that cannot start): fail closed alike
            throw StateStoreFailures.unavailable(storeName, operation, e);
        }
    }

    /** Like {@link #run} but leaves the {@link SQLException} to the caller (for best-effort work). */
    <T> T runOrThrow(Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit) {
                connection.setAutoCommit(true);
            }
            try {
                return work.run(this, connection);
            } finally {
                if (!autoCommit) {
                    connection.setAutoCommit(false); // hand the pooled connection back as we found it
                }
            }
        }
    }

    /** @return a statement with the configured timeout */
    PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setQueryTimeout(queryTimeoutSeconds);
        return statement;
    }

    /** @return the name used in logs and errors, e.g. {@code jdbc pending-login store} */
    String storeName() {
        return storeName;
    }
}
