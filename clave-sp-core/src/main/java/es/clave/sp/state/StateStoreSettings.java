package es.clave.sp.state;

import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.property.KnownKeys;
import es.clave.sp.property.PropertyReader;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The {@code clave.state.*} configuration, parsed and validated. Every key, its default and its
 * meaning is listed in {@code docs/state-stores.md}; a wrong or unknown key fails with a
 * {@link ClaveConfigException} naming it.
 *
 * @param store                 which engine keeps pending logins and replay records
 * @param maxEntries            bound of each in-memory store; empty for their own defaults
 * @param jdbcTablePrefix       prefix of the two JDBC tables (may include a schema: {@code auth.clave_})
 * @param jdbcDialect           SQL dialect, or {@code AUTO} to detect it from the connection
 * @param jdbcCreateSchema      whether to create missing tables at start-up
 * @param jdbcQueryTimeout      per-statement timeout, so a stuck database fails logins quickly
 * @param jdbcCleanupInterval   least time between two sweeps of expired rows
 * @param jdbcCleanupBatchSize  rows deleted per sweep statement
 * @param redisUri              {@code redis://[user:password@]host[:port][/db]} or {@code rediss://} for TLS
 * @param redisKeyPrefix        prefix of every Redis key written
 * @param redisConnectTimeout   TCP connect timeout
 * @param redisCommandTimeout   socket read timeout of a command, also the wait for a pooled connection
 * @param redisPoolSize         most connections kept to Redis
 */
public record StateStoreSettings(Engine store, OptionalInt maxEntries,
                                 String jdbcTablePrefix, JdbcDialectChoice jdbcDialect, boolean jdbcCreateSchema,
                                 Duration jdbcQueryTimeout, Duration jdbcCleanupInterval, int jdbcCleanupBatchSize,
                                 URI redisUri, String redisKeyPrefix, Duration redisConnectTimeout,
                                 Duration redisCommandTimeout, int redisPoolSize) {

    /** Where state is kept. */
    public enum Engine {
        /** in this JVM only: one node, or sticky sessions without failover */
        MEMORY,
        /** tables in any JDBC database reachable through a {@link javax.sql.DataSource} */
        JDBC,
        /** a Redis server (6.2 or newer) */
        REDIS
    }

    /** The {@code clave.state.jdbc.dialect} values. */
    public enum JdbcDialectChoice {
        /** detect from the database product name */
        AUTO,
        /** PostgreSQL: {@code DELETE ... RETURNING} and {@code ON CONFLICT} */
        POSTGRESQL,
        /** portable SQL (H2, and other databases) */
        GENERIC
    }

    /** Common prefix of every key read here. */
    public static final String PREFIX = "clave.state.";
    /** {@code memory}, {@code jdbc} or {@code redis}; default {@code memory}. */
    public static final String STORE = PREFIX + "store";
    /** Bound of each in-memory store; default 10000 pending logins and 100000 replay ids. */
    public static final String MAX_ENTRIES = PREFIX + "max-entries";
    /** Prefix of the JDBC table names; default {@code clave_}. */
    public static final String JDBC_TABLE_PREFIX = PREFIX + "jdbc.table-prefix";
    /** {@code auto}, {@code postgresql} or {@code generic}; default {@code auto}. */
    public static final String JDBC_DIALECT = PREFIX + "jdbc.dialect";
    /** Create missing tables at start-up; default {@code false}. */
    public static final String JDBC_CREATE_SCHEMA = PREFIX + "jdbc.create-schema";
    /** Statement timeout; default {@code 5s}. */
    public static final String JDBC_QUERY_TIMEOUT = PREFIX + "jdbc.query-timeout";
    /** Least time between two sweeps of expired rows; default {@code 60s}. */
    public static final String JDBC_CLEANUP_INTERVAL = PREFIX + "jdbc.cleanup-interval";
    /** Rows deleted per sweep statement; default 500. */
    public static final String JDBC_CLEANUP_BATCH_SIZE = PREFIX + "jdbc.cleanup-batch-size";
    /** Redis server URI; default {@code redis://127.0.0.1:6379/0}. */
    public static final String REDIS_URI = PREFIX + "redis.uri";
    /** Prefix of every Redis key; default {@code clave:}. */
    public static final String REDIS_KEY_PREFIX = PREFIX + "redis.key-prefix";
    /** TCP connect timeout; default {@code 2s}. */
    public static final String REDIS_CONNECT_TIMEOUT = PREFIX + "redis.connect-timeout";
    /** Command (socket read) timeout; default {@code 2s}. */
    public static final String REDIS_COMMAND_TIMEOUT = PREFIX + "redis.command-timeout";
    /** Most pooled connections; default 16. */
    public static final String REDIS_POOL_SIZE = PREFIX + "redis.pool-size";

    /** The {@code clave.state.*} keys. */
    public static final KnownKeys KNOWN_KEYS = KnownKeys.of("docs/state-stores.md", STORE, MAX_ENTRIES,
            JDBC_TABLE_PREFIX, JDBC_DIALECT, JDBC_CREATE_SCHEMA, JDBC_QUERY_TIMEOUT, JDBC_CLEANUP_INTERVAL,
            JDBC_CLEANUP_BATCH_SIZE, REDIS_URI, REDIS_KEY_PREFIX, REDIS_CONNECT_TIMEOUT, REDIS_COMMAND_TIMEOUT,
            REDIS_POOL_SIZE);

    /** A table prefix is an SQL identifier start, optionally schema-qualified; it is spliced into SQL, so nothing else passes. */
    private static final Pattern TABLE_PREFIX = Pattern.compile("([A-Za-z_][A-Za-z0-9_]{0,30}\\.)?[A-Za-z_][A-Za-z0-9_]{0,30}");
    private static final Pattern KEY_PREFIX = Pattern.compile("[\\x21-\\x7E]{0,64}");

    /** @return the settings with every default */
    public static StateStoreSettings defaults() {
        return fromProperties(Map.of());
    }

    /**
     * Reads the {@code clave.state.*} keys of {@code properties}; other keys are ignored.
     *
     * @throws ClaveConfigException when a key is unknown or a value is invalid; the message says how to fix it
     */
    public static StateStoreSettings fromProperties(Map<String, String> properties) {
        PropertyReader r = PropertyReader.of(properties);
        KNOWN_KEYS.rejectUnknown(r.keys(), k -> k.startsWith(PREFIX));
        OptionalInt maxEntries = r.isSet(MAX_ENTRIES) ? OptionalInt.of(r.integer(MAX_ENTRIES, 1, 1)) : OptionalInt.empty();
        return new StateStoreSettings(
                r.enumValue(STORE, Engine.class, Engine.MEMORY),
                maxEntries,
                matching(r, JDBC_TABLE_PREFIX, "clave_", TABLE_PREFIX,
                        "use letters, digits and underscores, optionally schema-qualified (e.g. clave_ or auth.clave_)"),
                r.enumValue(JDBC_DIALECT, JdbcDialectChoice.class, JdbcDialectChoice.AUTO),
                r.bool(JDBC_CREATE_SCHEMA, false),
                r.duration(JDBC_QUERY_TIMEOUT, Duration.ofSeconds(5), Duration.ofSeconds(1)),
                r.duration(JDBC_CLEANUP_INTERVAL, Duration.ofSeconds(60), Duration.ofSeconds(1)),
                r.integer(JDBC_CLEANUP_BATCH_SIZE, 500, 1),
                redisUri(REDIS_URI, r.string(REDIS_URI, "redis://127.0.0.1:6379/0")),
                matching(r, REDIS_KEY_PREFIX, "clave:", KEY_PREFIX, "use up to 64 printable ASCII characters without spaces"),
                r.duration(REDIS_CONNECT_TIMEOUT, Duration.ofSeconds(2), Duration.ofMillis(1)),
                r.duration(REDIS_COMMAND_TIMEOUT, Duration.ofSeconds(2), Duration.ofMillis(1)),
                r.integer(REDIS_POOL_SIZE, 16, 1));
    }

    private static String matching(PropertyReader r, String key, String fallback, Pattern pattern, String advice) {
        // verbatim: an empty Redis key prefix legitimately means "no prefix", not the default
        String value = r.verbatim(key).orElse(fallback);
        if (!pattern.matcher(value).matches()) {
            throw new ClaveConfigException(key, "'" + value + "' is not accepted: " + advice);
        }
        return value;
    }

    private static URI redisUri(String key, String text) {
        String advice = "write redis://[user:password@]host[:port][/db] (rediss:// for TLS)";
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new ClaveConfigException(key, "'" + redact(text) + "' is not a URI; " + advice, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("redis") && !scheme.equals("rediss")) {
            throw new ClaveConfigException(key, "scheme must be redis or rediss; " + advice);
        }
        if (uri.getHost() == null) {
            throw new ClaveConfigException(key, "no host; " + advice);
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!path.isEmpty() && !path.equals("/") && !path.matches("/\\d{1,2}")) {
            throw new ClaveConfigException(key, "the path must be a database number such as /0; " + advice);
        }
        return uri;
    }

    private static String redact(String uri) {
        return uri.replaceAll("//[^@/]*@", "//***@");
    }
}
