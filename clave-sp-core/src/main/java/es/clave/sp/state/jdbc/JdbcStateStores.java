package es.clave.sp.state.jdbc;

import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.state.StateStoreSettings.JdbcDialectChoice;
import es.clave.sp.state.StateStoreSettings;
import es.clave.sp.state.StateStores;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Builds the JDBC pending-login store and replay cache on the application's DataSource. Tables
 * are {@code <prefix>pending_login} and {@code <prefix>replay} (DDL in {@link JdbcSchema}).
 * A connection is opened at start-up only to detect the dialect ({@code clave.state.jdbc.dialect=auto})
 * or to create missing tables ({@code clave.state.jdbc.create-schema=true}).
 */
public final class JdbcStateStores {

    private JdbcStateStores() {
    }

    /**
     * @throws ClaveConfigException when the database cannot be reached for dialect detection or
     *                              table creation; the message says which setting avoids the start-up connection
     */
    public static StateStores create(StateStoreSettings settings, DataSource dataSource, Clock clock) {
        SqlDialect dialect = prepare(settings, dataSource);
        String prefix = settings.jdbcTablePrefix();

        JdbcExecutor pendingDb = new JdbcExecutor(dataSource, settings.jdbcQueryTimeout(), "jdbc pending-login store");
        JdbcKeyTable pendingTable = new JdbcKeyTable(dialect, prefix + "pending_login", "relay_state", "payload");
        JdbcPendingLoginStore pending = new JdbcPendingLoginStore(pendingDb, pendingTable, clock,
                new ExpiredRowSweeper(pendingDb, pendingTable, clock, settings.jdbcCleanupInterval(),
                        settings.jdbcCleanupBatchSize()));

        JdbcExecutor replayDb = new JdbcExecutor(dataSource, settings.jdbcQueryTimeout(), "jdbc replay cache");
        JdbcKeyTable replayTable = new JdbcKeyTable(dialect, prefix + "replay", "replay_key", null);
        JdbcReplayCache replay = new JdbcReplayCache(replayDb, replayTable, clock,
                new ExpiredRowSweeper(replayDb, replayTable, clock, settings.jdbcCleanupInterval(),
                        settings.jdbcCleanupBatchSize()));

        return new StateStores(pending, replay, null);
    }

    private static SqlDialect prepare(StateStoreSettings settings, DataSource dataSource) {
        JdbcDialectChoice choice = settings.jdbcDialect();
        if (choice != JdbcDialectChoice.AUTO && !settings.jdbcCreateSchema()) {
            // nothing to ask the database (H2 and GENERIC differ only in their DDL)
            return choice == JdbcDialectChoice.POSTGRESQL ? SqlDialect.POSTGRESQL : SqlDialect.GENERIC;
        }
        try (Connection connection = dataSource.getConnection()) {
            SqlDialect dialect = SqlDialect.resolve(choice, connection.getMetaData().getDatabaseProductName());
            if (settings.jdbcCreateSchema()) {
                JdbcSchema.createIfMissing(connection, dialect, settings.jdbcTablePrefix());
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
            }
            return dialect;
        } catch (SQLException e) {
            throw new ClaveConfigException(settings.jdbcCreateSchema() ? StateStoreSettings.JDBC_CREATE_SCHEMA
                    : StateStoreSettings.JDBC_DIALECT,
                    "could not prepare the JDBC state store (" + e.getMessage() + "); check the DataSource, or set "
                            + StateStoreSettings.JDBC_DIALECT + "=postgresql and " + StateStoreSettings.JDBC_CREATE_SCHEMA
                            + "=false to start without contacting the database", e);
        }
    }
}
