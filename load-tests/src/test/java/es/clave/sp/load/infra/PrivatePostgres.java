package es.clave.sp.load.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * A PostgreSQL server owned by the test: its own cluster (initdb) under {@code target/}, on a free
 * loopback port, started and stopped with {@code pg_ctl}. The machine's shared server is never
 * touched, so restarting this one disturbs no other build.
 *
 * <p>PostgreSQL refuses to run as root; when the build runs as root (CI) every server command runs
 * as the {@code postgres} account through {@code runuser}, and the cluster lives where that account
 * can write (the build folder when it can reach it, else a private temporary folder).
 */
public final class PrivatePostgres implements AutoCloseable {

    /** The application's role; the nodes connect as it, and only its sessions are terminated. */
    public static final String APP_USER = "clave_app";
    /** The application's database. */
    public static final String DATABASE = "clave_load";
    private static final String ADMIN = "load_admin";
    private static final String SERVER_ACCOUNT = "postgres";

    private final Path bin;
    private final Path base;
    private final String runAs;
    private final int port;
    private final String password;

    private PrivatePostgres(Path bin, Path base, String runAs, int port, String password) {
        this.bin = bin;
        this.base = base;
        this.runAs = runAs;
        this.port = port;
        this.password = password;
    }

    /**
     * Creates a fresh cluster and starts it.
     *
     * @param buildDir where the cluster should live (a sub-folder is created)
     */
    public static PrivatePostgres start(Path buildDir) {
        Path bin = serverBinaries();
        String runAs = Commands.runningAsRoot() ? SERVER_ACCOUNT : null;
        // absolute: the server account must reach every folder above it, which a relative check hides
        Path preferred = buildDir.toAbsolutePath().resolve("private-postgres");
        stopLeftover(bin, preferred.resolve("data"), runAs);
        Path base = clusterFolder(preferred, runAs);
        byte[] secret = new byte[12];
        new SecureRandom().nextBytes(secret);
        PrivatePostgres pg = new PrivatePostgres(bin, base, runAs, FreePorts.next(), HexFormat.of().formatHex(secret));
        pg.init();
        pg.startServer();
        pg.createApplicationRole();
        return pg;
    }

    /** @return the JDBC URL of the application database, with fail-fast timeouts (docs/state-stores.md) */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + "?connectTimeout=3&socketTimeout=10";
    }

    /** @return the application role's password (generated for this run) */
    public String password() {
        return password;
    }

    /** @return the server's port */
    public int port() {
        return port;
    }

    /** Stops the server at once, like a crash (no checkpoint; recovery runs at the next start). */
    public void stopImmediately() {
        Commands.run(runAs, 60, pgCtl(), "stop", "-D", data().toString(), "-m", "immediate", "-w");
    }

    /** Starts the server again on the same port with the same data. */
    public void startServer() {
        Commands.run(runAs, 60, pgCtl(), "start", "-D", data().toString(), "-w", "-t", "50", "-l",
                base.resolve("server.log").toString(), "-o", "-p " + port
                        + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
                        // durability is not under test; speed is (the machine is shared)
                        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                        + " -c max_connections=60 -c shared_buffers=32MB");
    }

    /** @return whether the server accepts connections */
    public boolean isUp() {
        try (Connection c = admin()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Ends every session of the application role ({@code pg_terminate_backend}), as an operator or
     * a failover would: the pools hold connections that are dead.
     *
     * @return how many sessions were terminated
     */
    public int terminateApplicationConnections() {
        try (Connection c = admin(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = '"
                     + APP_USER + "'")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException("terminating the application's connections failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (Files.exists(data().resolve("postmaster.pid"))) {
            Commands.succeeds(runAs, 60, pgCtl(), "stop", "-D", data().toString(), "-m", "immediate", "-w");
        }
    }

    private void init() {
        Path passwordFile = base.resolve("admin.pw");
        write(passwordFile, password);
        Commands.run(runAs, 120, bin.resolve("initdb").toString(), "-D", data().toString(), "-U", ADMIN,
                "--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync");
    }

    private void createApplicationRole() {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + APP_USER + " LOGIN PASSWORD '" + password + "'");
            s.execute("CREATE DATABASE " + DATABASE + " OWNER " + APP_USER);
        } catch (SQLException e) {
            throw new IllegalStateException("creating the application role failed: " + e.getMessage(), e);
        }
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres?connectTimeout=3&socketTimeout=10",
                ADMIN, password);
    }

    private Path data() {
        return base.resolve("data");
    }

    private String pgCtl() {
        return bin.resolve("pg_ctl").toString();
    }

    private static Path serverBinaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")) && Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin;"
                    + " run .ci/services.sh (it installs the postgresql package)", e);
        }
    }

    /** A server left running by an interrupted earlier run would keep its port and files: stop it. */
    private static void stopLeftover(Path bin, Path data, String runAs) {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            Commands.succeeds(runAs, 60, bin.resolve("pg_ctl").toString(), "stop", "-D", data.toString(), "-m", "immediate", "-w");
        }
    }

    /** A fresh folder the server account can own: under the build folder if it can reach it, else in /tmp. */
    private static Path clusterFolder(Path preferred, String runAs) {
        try {
            deleteTree(preferred);
            Files.createDirectories(preferred);
            if (runAs == null) {
                return preferred;
            }
            Commands.run(null, 30, "chown", runAs, preferred.toString());
            if (Commands.succeeds(runAs, 30, "test", "-w", preferred.toString())) {
                return preferred;
            }
            // the checkout is not reachable by the server account (e.g. under /root): a private folder instead
            Path tmp = Files.createTempDirectory("clave-load-postgres");
            Commands.run(null, 30, "chown", runAs, tmp.toString());
            Files.writeString(preferred.resolve("WHERE.txt"), "the cluster of this run is in " + tmp + "\n");
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Path file, String text) {
        try {
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
            if (runAs != null) {
                Commands.run(null, 30, "chown", runAs, file.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
