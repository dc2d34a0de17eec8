package es.clave.sp.state.jdbc;

import es.clave.sp.state.StateStoreSettings;
import es.clave.sp.state.StateStores;
import es.clave.sp.testing.MutableClock;
import es.clave.sp.state.testing.PendingLogins;
import es.clave.sp.state.testing.TestServers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JdbcSchemaTest {

    @Test
    @DisplayName("the shipped DDL for each dialect creates two tables and their expiry indexes")
    void everyDialectShipsTheTwoTables() {
        for (SqlDialect dialect : SqlDialect.values()) {
            List<String> statements = JdbcSchema.statements(dialect, "clave_");
            assertEquals(4, statements.size(), dialect.name());
            assertTrue(statements.get(0).contains("clave_pending_login"), dialect.name());
            assertTrue(statements.get(2).contains("clave_replay"), dialect.name());
        }
    }

    @Test
    @DisplayName("a schema-qualified prefix renames tables fully and indexes without the schema")
    void prefixRenamesTablesAndIndexes() {
        List<String> statements = JdbcSchema.statements(SqlDialect.POSTGRESQL, "auth.sp_");

        assertTrue(statements.get(0).startsWith("CREATE TABLE IF NOT EXISTS auth.sp_pending_login ("), statements.get(0));
        assertEquals("CREATE INDEX IF NOT EXISTS sp_pending_login_expires ON auth.sp_pending_login (expires_at)",
                statements.get(1));
        assertEquals("CREATE INDEX IF NOT EXISTS sp_replay_expires ON auth.sp_replay (expires_at)", statements.get(3));
    }

    @Test
    @DisplayName("create-schema works with a schema-qualified prefix and the stores use those tables")
    void createSchemaWithQualifiedPrefix() throws Exception {
        DataSource h2 = TestServers.h2();
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA auth");
        }
        Map<String, String> properties = Map.of("clave.state.store", "jdbc",
                "clave.state.jdbc.table-prefix", "auth.sp_", "clave.state.jdbc.create-schema", "true");
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
        try (StateStores stores = StateStores.fromSettings(StateStoreSettings.fromProperties(properties), () -> h2, clock)) {
            stores.pendingLogins().put(PendingLogins.full("rs-schema"), Duration.ofMinutes(5));
        }
        try (Connection c = h2.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT relay_state FROM auth.sp_pending_login")) {
            assertTrue(rs.next());
            assertEquals("rs-schema", rs.getString(1));
        }
    }
}
