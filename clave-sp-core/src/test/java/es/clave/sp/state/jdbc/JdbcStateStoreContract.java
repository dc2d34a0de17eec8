package es.clave.sp.state.jdbc;

import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.state.SharedStateStoreContract;
import es.clave.sp.state.StateStoreSettings;
import es.clave.sp.state.StateStores;
import es.clave.sp.state.testing.PendingLogins;
import es.clave.sp.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The store contract plus what only the JDBC stores do: DDL, dialects, sweeping expired rows. */
abstract class JdbcStateStoreContract extends SharedStateStoreContract {

    /** @return the database under test (shared by both nodes) */
    protected abstract DataSource dataSource();

    /** @return the table prefix this test class uses */
    protected abstract String tablePrefix();

    /** @return extra settings, e.g. a forced dialect */
    protected Map<String, String> extraSettings() {
        return Map.of();
    }

    protected Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(Map.of(
                StateStoreSettings.STORE, "jdbc",
                StateStoreSettings.JDBC_TABLE_PREFIX, tablePrefix(),
                StateStoreSettings.JDBC_CREATE_SCHEMA, "true",
                StateStoreSettings.JDBC_CLEANUP_INTERVAL, "1m",
                StateStoreSettings.JDBC_CLEANUP_BATCH_SIZE, "2"));
        settings.putAll(extraSettings());
        return settings;
    }

    @Override
    protected StateStores openNode(MutableClock clock) {
        return StateStores.fromSettings(StateStoreSettings.fromProperties(settings()), this::dataSource, clock);
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + tablePrefix() + "pending_login");
            s.executeUpdate("DELETE FROM " + tablePrefix() + "replay");
        }
    }

    @Test
    @DisplayName("RSP-11 a sweep deletes expired pending logins and replay records in batches and keeps live ones")
    void sweepDeletesOnlyExpiredRows() throws Exception {
        for (int i = 0; i < 5; i++) {
            nodeA.pendingLogins().put(PendingLogins.full(PendingLogins.relayState()), Duration.ofMinutes(1));
            nodeA.replayCache().firstSeen("response", "_old" + i, clock.instant().plus(Duration.ofMinutes(1)));
        }
        nodeA.pendingLogins().put(PendingLogins.full(PendingLogins.relayState()), Duration.ofMinutes(30));
        nodeA.replayCache().firstSeen("response", "_live", clock.instant().plus(Duration.ofMinutes(30)));
        clock.advance(Duration.ofMinutes(2));

        // batch size 2: the five expired rows take three statements in one sweep
        assertEquals(5, ((JdbcPendingLoginStore) nodeB.pendingLogins()).sweepNow());
        assertEquals(5, ((JdbcReplayCache) nodeB.replayCache()).sweepNow());
        assertEquals(1, count("pending_login"));
        assertEquals(1, count("replay"));
    }

    @Test
    @DisplayName("RSP-11 once the cleanup interval has passed, a write starts a background sweep")
    void writesTriggerBackgroundSweep() throws Exception {
        nodeA.replayCache().firstSeen("response", "_soon-gone", clock.instant().plus(Duration.ofSeconds(5)));
        clock.advance(Duration.ofMinutes(2)); // past the expiry and the 1m cleanup interval

        nodeA.replayCache().firstSeen("response", "_trigger", clock.instant().plus(Duration.ofMinutes(30)));

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (count("replay") > 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(1, count("replay"), "the expired row should have been swept in the background");
    }

    @Test
    @DisplayName("RSP-11 create-schema is idempotent: a second node on existing tables starts and sees the data")
    void createSchemaIsIdempotent() throws SQLException {
        nodeA.replayCache().firstSeen("response", "_kept", clock.instant().plus(TTL));

        StateStores third = track(openNode(clock));

        assertTrue(count("replay") == 1 && !third.replayCache().firstSeen("response", "_kept", clock.instant().plus(TTL)));
    }

    @Test
    @DisplayName("RSP-11 dialect detection needs the database: an unreachable one fails start-up with a config error")
    void autoDialectWhenDatabaseUnreachableThenConfigError() {
        Map<String, String> settings = new HashMap<>(settings());
        settings.put(StateStoreSettings.JDBC_DIALECT, "auto");
        StateStoreSettings parsed = StateStoreSettings.fromProperties(settings);
        DataSource dead = unreachableDataSource();

        ClaveConfigException e = assertThrows(ClaveConfigException.class, () -> StateStores.fromSettings(parsed, () -> dead, clock));
        assertEquals(StateStoreSettings.JDBC_CREATE_SCHEMA, e.property());
    }

    @Test
    @DisplayName("RSP-11 a tampered or foreign record (here Java-serialization-like bytes) fails closed with STATE_UNAVAILABLE")
    void unreadableRecordFailsClosed() throws SQLException {
        try (Connection c = dataSource().getConnection(); var ps = c.prepareStatement(
                "INSERT INTO " + tablePrefix() + "pending_login (relay_state, payload, expires_at) VALUES (?, ?, ?)")) {
            ps.setString(1, "tampered");
            ps.setString(2, "\u00ac\u00edsr es.clave.sp.login.PendingLogin"); // NUL-free: PostgreSQL text refuses 0x00
            ps.setLong(3, clock.millis() + 60_000);
            ps.executeUpdate();
        }

        assertStateUnavailable(() -> nodeA.pendingLogins().take("tampered"));
        assertEquals(0, count("pending_login"), "the unreadable record is consumed, not left to fail again");
    }

    @Override
    protected StateStores openUnreachable() {
        Map<String, String> settings = new HashMap<>(settings());
        settings.put(StateStoreSettings.JDBC_CREATE_SCHEMA, "false");
        settings.put(StateStoreSettings.JDBC_DIALECT, deadDialect());
        DataSource dead = unreachableDataSource();
        return StateStores.fromSettings(StateStoreSettings.fromProperties(settings), () -> dead, clock);
    }

    /** @return a DataSource for this engine pointing at a closed port */
    protected abstract DataSource unreachableDataSource();

    /** @return the explicit dialect that lets an unreachable store start */
    protected abstract String deadDialect();

    protected int count(String table) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + tablePrefix() + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
