package es.clave.sp.load;

import es.clave.sp.load.infra.FaultPlan;
import es.clave.sp.load.infra.Forwarder;
import es.clave.sp.load.infra.PrivatePostgres;
import es.clave.sp.load.infra.PrivateRedis;
import es.clave.sp.load.infra.Routing;
import es.clave.sp.load.infra.Upstream;
import es.clave.sp.load.journey.Acceptances;
import es.clave.sp.load.journey.Citizen;
import es.clave.stub.ClaveStub;
import es.clave.stub.trust.StubKeys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import es.clave.sp.state.jdbc.JdbcSchema;
import es.clave.sp.state.jdbc.SqlDialect;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Everything the load test runs on loopback besides the SP nodes: the gateway stub behind a
 * fault-injecting proxy ({@code 127.0.0.1}, another site than the application, as Cl@ve is),
 * the balancer the browsers use ({@code localhost}), a private PostgreSQL and a private Redis, the
 * SP's TEST-ONLY keys, the citizens, and the shared HTTP client of the virtual browsers.
 */
final class LoadEnvironment implements AutoCloseable {

    /** The public test SP code of Cl@ve pre-production, registered with the stub. */
    static final String SP_CODE = "21114293V_E04975701";
    private static final String TABLE_PREFIX = "clave_load_";

    final Path dir;
    final FaultPlan faults = new FaultPlan();
    final Acceptances acceptances = new Acceptances();
    final List<Citizen> citizens;
    final HttpClient client;
    private final List<AutoCloseable> resources = new ArrayList<>();
    PrivatePostgres postgres;
    PrivateRedis redis;
    Forwarder gateway;
    Forwarder balancer;
    ClaveStub stub;
    private String stubPin;
    private final Path signingKey;
    private final Path signingCertificate;
    private final Path decryptionKey;
    private final Path decryptionCertificate;
    private final Path supersededClaveCertificate;

    private LoadEnvironment(Path dir, int citizenCount) throws IOException {
        this.dir = Files.createDirectories(dir.toAbsolutePath());
        this.citizens = Citizen.generate(citizenCount);
        Path keys = Files.createDirectories(dir.resolve("keys"));
        // a cache left by an earlier run holds another stub's certificate
        deleteTree(this.dir.resolve("feed-cache"));
        deleteTree(this.dir.resolve("logs"));
        // TEST-ONLY keys, generated for this run
        StubKeys.KeyAndCertificate signing = StubKeys.generate("clave-sp load test SP signing (TEST-ONLY)");
        StubKeys.KeyAndCertificate decryption = StubKeys.generate("clave-sp load test SP decryption (TEST-ONLY)");
        signingKey = pem(keys.resolve("sp-signing.key.pem"), "PRIVATE KEY", signing.privateKey().getEncoded());
        signingCertificate = pem(keys.resolve("sp-signing.crt.pem"), "CERTIFICATE", encoded(signing));
        decryptionKey = pem(keys.resolve("sp-decryption.key.pem"), "PRIVATE KEY", decryption.privateKey().getEncoded());
        decryptionCertificate = pem(keys.resolve("sp-decryption.crt.pem"), "CERTIFICATE", encoded(decryption));
        // the configured Cl@ve certificate is one the gateway no longer signs with (it rotated): the
        // current one comes from the feed only, so a feed that fails must not take it away
        supersededClaveCertificate = pem(keys.resolve("clave-superseded.crt.pem"), "CERTIFICATE",
                encoded(StubKeys.generate("Cl@ve signing superseded (TEST-ONLY)")));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(4)).build();

        postgres = track(PrivatePostgres.start(dir));
        redis = track(PrivateRedis.start(dir));
        gateway = track(Forwarder.start("127.0.0.1", null, faults));
        ClaveStub.Builder b = ClaveStub.builder().publicBaseUrl(gateway.baseUri().toString()).devMode(false).strict(true)
                .registerSp(SP_CODE, signing.certificate()).encryptFor(SP_CODE, decryption.certificate());
        citizens.forEach(c -> b.addUser(c.asStubUser()));
        stub = track(b.start());
        gateway.routing(Routing.single(new Upstream("stub", URI.create("http://127.0.0.1:" + stub.port()))));
        stubPin = sha256(encodedCertificate(stub));
        balancer = track(Forwarder.start("localhost", cookies -> List.of(), null));
    }

    /** Starts everything; the caller closes it. */
    static LoadEnvironment start(Path dir, int citizens) throws IOException {
        return new LoadEnvironment(dir, citizens);
    }

    /**
     * Writes the one SP configuration both nodes read for {@code store}.
     *
     * @return the file
     */
    Path spConfiguration(String store) throws IOException {
        URI app = balancer.baseUri();
        StringBuilder p = new StringBuilder("# written by the load test: the SP configuration both nodes share\n");
        line(p, "clave.environment", "local");
        line(p, "clave.gateway.base-url", gateway.baseUri().toString());
        line(p, "clave.sp.code", SP_CODE);
        line(p, "clave.sp.application", "clave-sp load test");
        line(p, "clave.sp.acs-url", app.resolve("/clave/acs").toString());
        line(p, "clave.sp.logout-return-url", app.resolve("/clave/logout/return").toString());
        line(p, "clave.sp.signing.private-key", location(signingKey));
        line(p, "clave.sp.signing.certificate", location(signingCertificate));
        line(p, "clave.sp.decryption[0].private-key", location(decryptionKey));
        line(p, "clave.sp.decryption[0].certificate", location(decryptionCertificate));
        line(p, "clave.validation.require-encryption", "true");
        line(p, "clave.trust.certificates", location(supersededClaveCertificate));
        line(p, "clave.trust.feed.enabled", "true");
        line(p, "clave.trust.feed.url", gateway.baseUri().resolve("/Proxy2/Certificates").toString());
        line(p, "clave.trust.feed.refresh", "PT1M");
        // generous: on a busy 2-core machine the stub, queued behind the users, can take seconds
        line(p, "clave.trust.feed.timeout", "PT5S");
        line(p, "clave.trust.feed.pins", "sha256:" + stubPin);
        line(p, "clave.state.store", store);
        if (store.equals("jdbc")) {
            line(p, "clave.state.jdbc.dialect", "postgresql");
            line(p, "clave.state.jdbc.create-schema", "true");
            line(p, "clave.state.jdbc.table-prefix", TABLE_PREFIX);
            line(p, "clave.state.jdbc.query-timeout", "2s");
            line(p, "load.jdbc.url", postgres.jdbcUrl());
            line(p, "load.jdbc.user", PrivatePostgres.APP_USER);
            line(p, "load.jdbc.password", postgres.password());
        } else {
            line(p, "clave.state.redis.uri", redis.uri());
            line(p, "clave.state.redis.key-prefix", "clave-load:");
            line(p, "clave.state.redis.connect-timeout", "1s");
            line(p, "clave.state.redis.command-timeout", "2s");
        }
        Path file = dir.resolve("clave-sp-" + store + ".properties");
        Files.writeString(file, p, StandardCharsets.UTF_8);
        return file;
    }

    /** Creates the JDBC store's tables with the DDL shipped in clave-sp-core. */
    void createJdbcSchema() {
        try (Connection c = DriverManager.getConnection(postgres.jdbcUrl(), PrivatePostgres.APP_USER, postgres.password());
             Statement s = c.createStatement()) {
            for (String ddl : JdbcSchema.statements(SqlDialect.POSTGRESQL, TABLE_PREFIX)) {
                s.execute(ddl);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("creating the JDBC store's tables failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                System.err.println("closing " + resources.get(i) + " failed: " + e);
            }
        }
    }

    private <T extends AutoCloseable> T track(T resource) {
        resources.add(resource);
        return resource;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void line(StringBuilder sb, String key, String value) {
        // java.util.Properties reads a backslash as an escape
        sb.append(key).append('=').append(value.replace("\\", "\\\\")).append('\n');
    }

    /** Spring reads a bare path as a servlet-context resource: {@code file:} and absolute for both adapters. */
    private static String location(Path file) {
        return "file:" + file.toAbsolutePath();
    }

    private static Path pem(Path file, String type, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n", StandardCharsets.US_ASCII);
        return file;
    }

    private static byte[] encoded(StubKeys.KeyAndCertificate k) {
        try {
            return k.certificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encodedCertificate(ClaveStub stub) {
        try {
            return stub.signingCertificate().getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] der) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
