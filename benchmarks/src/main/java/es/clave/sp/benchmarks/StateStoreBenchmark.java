package es.clave.sp.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.state.StateStores;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cost of the state-store calls a login makes, per engine: storing and taking a pending login
 * (one at {@code /login}, one at the ACS) and the replay check (two per response: Response and
 * Assertion IDs), both for a new ID and for a replayed one. PostgreSQL and Redis are the real
 * servers of {@code .ci/services.sh}; the JDBC engines go through a HikariCP pool as an application's
 * would. See {@code benchmarks/README.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StateStoreBenchmark {

    /** The engine under test. */
    @Param({"memory", "h2", "postgresql", "redis"})
    public String engine;

    private StateStores stores;
    private HikariDataSource pool;
    private final AtomicLong counter = new AtomicLong();
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final String tablePrefix = "bench_" + runId + "_";
    private Instant replayExpiry;

    /** Opens the stores of {@link #engine} and records one ID for {@link #replayCheckReplayed()}. */
    @Setup(Level.Trial)
    public void open() {
        stores = switch (engine) {
            case "memory" -> StateStores.fromProperties(Map.of("clave.state.max-entries", "10000000"), null);
            case "h2" -> jdbc(tablePrefix, "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "sa", "");
            case "postgresql" -> jdbc(tablePrefix, setting("CLAVE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/clave_test"),
                    setting("CLAVE_TEST_PG_USER", "clave"), setting("CLAVE_TEST_PG_PASSWORD", "clave"));
            case "redis" -> StateStores.fromProperties(Map.of("clave.state.store", "redis",
                    "clave.state.redis.uri", setting("CLAVE_TEST_REDIS_URI", "redis://127.0.0.1:6379"),
                    "clave.state.redis.key-prefix", "clave-bench:" + runId + ":"), null);
            default -> throw new IllegalArgumentException(engine);
        };
        replayExpiry = Instant.now().plus(Duration.ofHours(1));
        stores.replayCache().firstSeen("response", "_already-seen", replayExpiry);
    }

    private StateStores jdbc(String prefix, String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        config.setConnectionTimeout(3_000);
        pool = new HikariDataSource(config);
        return StateStores.fromProperties(Map.of("clave.state.store", "jdbc", "clave.state.jdbc.create-schema", "true",
                "clave.state.jdbc.table-prefix", prefix), () -> pool);
    }

    /** Drops this run's tables ({@code bench_<run>_*}) and releases connections; Redis keys ({@code clave-bench:<run>:*}) expire by TTL. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
        stores.close();
        if (pool != null) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + tablePrefix + "pending_login");
                s.execute("DROP TABLE IF EXISTS " + tablePrefix + "replay");
            }
            pool.close();
        }
    }

    /** One login's pending-login traffic: put at {@code /login}, take at the ACS. */
    @Benchmark
    public Optional<PendingLogin> pendingPutTake() {
        String relayState = runId + counter.incrementAndGet();
        stores.pendingLogins().put(new PendingLogin("_req" + relayState, relayState, LevelOfAssurance.SUBSTANTIAL,
                EnumSet.of(IdentificationMethod.CLAVE_PIN, IdentificationMethod.CLAVE_PERMANENTE), false, Instant.now(),
                "/inicio", null), Duration.ofMinutes(15));
        return stores.pendingLogins().take(relayState);
    }

    /** The replay check of a new ID (the normal case): records it. */
    @Benchmark
    public boolean replayCheckNew() {
        return stores.replayCache().firstSeen("response", "_id" + counter.incrementAndGet(), replayExpiry);
    }

    /** The replay check of an ID already seen (an attack): refuses it. */
    @Benchmark
    public boolean replayCheckReplayed() {
        return stores.replayCache().firstSeen("response", "_already-seen", replayExpiry);
    }

    private static String setting(String env, String fallback) {
        String value = System.getenv(env);
        return value == null || value.isBlank() ? fallback : value;
    }
}
