package es.clave.sp.state.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The consume-once operations on one state table: a text key, an optional payload column and an
 * {@code expires_at} column (epoch milliseconds, so no time-zone handling differs between drivers).
 * Every operation is atomic across nodes because each decision rests on one statement's effect:
 * a primary-key insert, a conditional update, or a delete's update count.
 */
final class JdbcKeyTable {

    /** A row read back: its payload (null for tables without one) and expiry. */
    record Row(String payload, long expiresAt) {
    }

    private final SqlDialect dialect;
    private final boolean hasPayload;
    private final String insert;
    private final String upsertUnlessLive;
    private final String replaceExpired;
    private final String deleteReturning;
    private final String select;
    private final String deleteExact;
    private final String sweepPostgres;
    private final String selectExpired;
    private final String deleteExpired;

    /**
     * @param table         the table name (validated by the settings: an SQL identifier)
     * @param keyColumn     the primary-key column
     * @param payloadColumn the payload column, or null
     */
    JdbcKeyTable(SqlDialect dialect, String table, String keyColumn, String payloadColumn) {
        this.dialect = dialect;
        this.hasPayload = payloadColumn != null;
        String columns = keyColumn + (hasPayload ? ", " + payloadColumn : "") + ", expires_at";
        String values = hasPayload ? "?, ?, ?" : "?, ?";
        String setPayload = hasPayload ? payloadColumn + " = ?, " : "";
        String payloadOrNull = hasPayload ? payloadColumn : "NULL";
        this.insert = "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")";
        this.upsertUnlessLive = insert + " ON CONFLICT (" + keyColumn + ") DO UPDATE SET "
                + (hasPayload ? payloadColumn + " = EXCLUDED." + payloadColumn + ", " : "")
                + "expires_at = EXCLUDED.expires_at WHERE " + table + ".expires_at <= ?";
        this.replaceExpired = "UPDATE " + table + " SET " + setPayload + "expires_at = ? WHERE " + keyColumn
                + " = ? AND expires_at <= ?";
        this.deleteReturning = "DELETE FROM " + table + " WHERE " + keyColumn + " = ? RETURNING " + payloadOrNull
                + ", expires_at";
        this.select = "SELECT " + payloadOrNull + ", expires_at FROM " + table + " WHERE " + keyColumn + " = ?";
        this.deleteExact = "DELETE FROM " + table + " WHERE " + keyColumn + " = ? AND expires_at = ?";
        this.sweepPostgres = "DELETE FROM " + table + " WHERE ctid IN (SELECT ctid FROM " + table
                + " WHERE expires_at <= ? LIMIT ?)";
        this.selectExpired = "SELECT " + keyColumn + " FROM " + table + " WHERE expires_at <= ?";
        this.deleteExpired = "DELETE FROM " + table + " WHERE " + keyColumn + " = ? AND expires_at <= ?";
    }

    /**
     * Inserts {@code key} unless a live (unexpired at {@code now}) row holds it; an expired row is
     * replaced. Of concurrent callers with one key, exactly one gets true.
     *
     * @param payload the payload, ignored for tables without one
     * @return true when this call wrote the row
     */
    boolean insertUnlessLive(JdbcExecutor db, Connection c, String key, String payload, long expiresAt, long now)
            throws SQLException {
        if (dialect.postgres()) {
            try (PreparedStatement ps = db.prepare(c, upsertUnlessLive)) {
                int i = bindRow(ps, key, payload, expiresAt);
                ps.setLong(i, now);
                return ps.executeUpdate() == 1;
            }
        }
        // Two rounds: between a failed INSERT and the UPDATE, the background sweeper may delete the
        // expired row, leaving nothing to update although the key is free: insert again then.
        for (int round = 0; round < 2; round++) {
            if (insert(db, c, key, payload, expiresAt)) {
                return true;
            }
            // the key exists: take it over only if that row has expired; the row lock makes this single-winner
            try (PreparedStatement ps = db.prepare(c, replaceExpired)) {
                int i = 1;
                if (hasPayload) {
                    ps.setString(i++, payload);
                }
                ps.setLong(i++, expiresAt);
                ps.setString(i++, key);
                ps.setLong(i, now);
                if (ps.executeUpdate() == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return true when the row was inserted, false when the key already exists */
    private boolean insert(JdbcExecutor db, Connection c, String key, String payload, long expiresAt)
            throws SQLException {
        try (PreparedStatement ps = db.prepare(c, insert)) {
            bindRow(ps, key, payload, expiresAt);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            return false;
        }
    }

    /**
     * Removes the row of {@code key} and returns it, expired or not (the caller decides). Of
     * concurrent callers with one key, at most one gets the row.
     */
    Optional<Row> take(JdbcExecutor db, Connection c, String key) throws SQLException {
        if (dialect.postgres()) {
            try (PreparedStatement ps = db.prepare(c, deleteReturning)) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Row(rs.getString(1), rs.getLong(2))) : Optional.empty();
                }
            }
        }
        Row row;
        try (PreparedStatement ps = db.prepare(c, select)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                row = new Row(rs.getString(1), rs.getLong(2));
            }
        }
        // several nodes may have read the row; only the one whose delete removes it owns it
        try (PreparedStatement ps = db.prepare(c, deleteExact)) {
            ps.setString(1, key);
            ps.setLong(2, row.expiresAt());
            return ps.executeUpdate() == 1 ? Optional.of(row) : Optional.empty();
        }
    }

    /**
     * Deletes at most {@code batchSize} rows expired at {@code now}.
     *
     * @return how many rows were deleted
     */
    int sweep(JdbcExecutor db, Connection c, long now, int batchSize) throws SQLException {
        if (dialect.postgres()) {
            try (PreparedStatement ps = db.prepare(c, sweepPostgres)) {
                ps.setLong(1, now);
                ps.setInt(2, batchSize);
                return ps.executeUpdate();
            }
        }
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = db.prepare(c, selectExpired)) {
            ps.setLong(1, now);
            ps.setMaxRows(batchSize);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        }
        if (keys.isEmpty()) {
            return 0;
        }
        int deleted = 0;
        try (PreparedStatement ps = db.prepare(c, deleteExpired)) {
            for (String key : keys) {
                ps.setString(1, key);
                ps.setLong(2, now); // re-checked: a row renewed meanwhile stays
                ps.addBatch();
            }
            for (int count : ps.executeBatch()) {
                deleted += Math.max(count, 0);
            }
        }
        return deleted;
    }

    private int bindRow(PreparedStatement ps, String key, String payload, long expiresAt) throws SQLException {
        int i = 1;
        ps.setString(i++, key);
        if (hasPayload) {
            ps.setString(i++, payload);
        }
        ps.setLong(i++, expiresAt);
        return i;
    }

    private static boolean isUniqueViolation(SQLException e) {
        // SQLState class 23 is "integrity constraint violation" in SQL:2003; 23505 on PostgreSQL and H2
        return e instanceof SQLIntegrityConstraintViolationException
                || (e.getSQLState() != null && e.getSQLState().startsWith("23"));
    }
}
