package es.clave.sp.state.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shipped DDL ({@code schema-postgresql.sql}, {@code schema-h2.sql}, {@code schema-generic.sql}
 * beside this class), adapted to the configured table prefix, and its optional execution at
 * start-up ({@code clave.state.jdbc.create-schema=true}).
 */
public final class JdbcSchema {

    /** Default table prefix used in the shipped scripts. */
    static final String SCRIPT_PREFIX = "clave_";
    private static final Pattern NAMES = Pattern.compile("\\bclave_(pending_login|replay)(_expires)?\\b");

    private JdbcSchema() {
    }

    /**
     * @param tablePrefix the configured prefix, possibly schema-qualified ({@code auth.clave_})
     * @return the DDL statements of {@code dialect} for that prefix, comments removed
     */
    public static List<String> statements(SqlDialect dialect, String tablePrefix) {
        String script = withPrefix(load(dialect.schemaResource()), tablePrefix);
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        return statements;
    }

    /** Replaces the scripts' {@code clave_} names; index names never carry the schema (PostgreSQL forbids it). */
    static String withPrefix(String script, String tablePrefix) {
        int dot = tablePrefix.lastIndexOf('.');
        String localPrefix = tablePrefix.substring(dot + 1);
        Matcher m = NAMES.matcher(script);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = m.group(2) == null
                    ? tablePrefix + m.group(1)
                    : localPrefix + m.group(1) + m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Creates the two tables and their indexes unless both tables already exist. */
    static void createIfMissing(Connection connection, SqlDialect dialect, String tablePrefix) throws SQLException {
        if (exists(connection, tablePrefix + "pending_login") && exists(connection, tablePrefix + "replay")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(dialect, tablePrefix)) {
                statement.execute(sql);
            }
        }
    }

    private static boolean exists(Connection connection, String table) {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
            return true;
        } catch (SQLException e) {
            if (!safeAutoCommit(connection)) {
                rollbackQuietly(connection); // PostgreSQL aborts the transaction after a failed statement
            }
            return false;
        }
    }

    private static boolean safeAutoCommit(Connection connection) {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            return true;
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the next statement reports any real problem
        }
    }

    private static String load(String resource) {
        try (InputStream in = JdbcSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + resource + " beside " + JdbcSchema.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
