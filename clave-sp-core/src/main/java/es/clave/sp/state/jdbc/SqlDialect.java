package es.clave.sp.state.jdbc;

import es.clave.sp.state.StateStoreSettings.JdbcDialectChoice;

import java.util.Locale;

/**
 * The SQL variants the JDBC stores speak. PostgreSQL gets single-statement consume-once
 * ({@code DELETE ... RETURNING}, {@code INSERT ... ON CONFLICT}); every other database gets
 * portable statements whose update counts decide the winner.
 */
public enum SqlDialect {
    /** PostgreSQL 9.5 or newer. */
    POSTGRESQL("schema-postgresql.sql"),
    /** H2 2.x: portable statements, its own DDL. */
    H2("schema-h2.sql"),
    /** Any other SQL database: portable statements and DDL. */
    GENERIC("schema-generic.sql");

    private final String schemaResource;

    SqlDialect(String schemaResource) {
        this.schemaResource = schemaResource;
    }

    /** @return the class-path resource (beside this class) holding this dialect's DDL */
    public String schemaResource() {
        return schemaResource;
    }

    /** @return whether the PostgreSQL-only statements can be used */
    boolean postgres() {
        return this == POSTGRESQL;
    }

    /**
     * @param choice      the configured dialect
     * @param productName {@link java.sql.DatabaseMetaData#getDatabaseProductName()} of the database
     * @return the dialect to use
     */
    static SqlDialect resolve(JdbcDialectChoice choice, String productName) {
        String product = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
        return switch (choice) {
            case POSTGRESQL -> POSTGRESQL;
            case GENERIC -> product.contains("h2") ? H2 : GENERIC;
            case AUTO -> product.contains("postgresql") ? POSTGRESQL : product.contains("h2") ? H2 : GENERIC;
        };
    }
}
