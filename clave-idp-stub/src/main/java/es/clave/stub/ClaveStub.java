package es.clave.stub;

import com.sun.net.httpserver.HttpServer;
import es.clave.stub.exchange.Exchange;
import es.clave.stub.exchange.ExchangeLog;
import es.clave.stub.gateway.Gateway;
import es.clave.stub.gateway.GatewayConfig;
import es.clave.stub.http.NoDelay;
import es.clave.stub.http.StubContext;
import es.clave.stub.http.StubHandler;
import es.clave.stub.saml.SigningKeys;
import es.clave.stub.trust.StubKeys;
import es.clave.stub.trust.StubKeys.KeyAndCertificate;
import es.clave.stub.trust.SpRegistry;
import es.clave.stub.users.UserDirectory;
import es.clave.stub.users.UsersFile;
import es.clave.stub.xml.XmlSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running Cl@ve 2.0 gateway stand-in on the JDK's HTTP server. Start one per test class (or
 * per application run), point clave-sp-core's LOCAL environment at {@link #baseUrl()}, trust
 * {@link #signingCertificate()}, and read what happened from {@link #lastExchange()}:
 * <pre>{@code
 * try (ClaveStub stub = ClaveStub.builder().start()) {
 *     ClaveSpConfig config = ClaveSpConfig.builder()
 *             .environment(Environment.LOCAL).gatewayBaseUrl(stub.baseUrl())
 *             .addTrustedCertificate(stub.signingCertificate())
 *             ...;
 *     stub.nextLogin(LoginScript.user("nif").via(ClaveMethod.CLAVE_MOVIL));
 *     // drive the login, then
 *     stub.lastExchange().report().assertNoViolations();
 * }
 * }</pre>
 * Thread-safe.
 */
public final class ClaveStub implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClaveStub.class);

    /** Whether TCP no-delay is on for the stub's sockets; must run before the first HttpServer (see NoDelay). */
    private static final boolean NO_DELAY = NoDelay.request();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Gateway gateway;
    private final SpRegistry registry;
    private final UserDirectory users;
    private final ExchangeLog exchanges;
    private final KeyAndCertificate signing;
    private final String baseUrl;

    private ClaveStub(Builder b) throws IOException {
        XmlSigner.init();
        this.signing = b.signing != null ? b.signing : StubKeys.generated(StubKeys.SIGNING);
        this.registry = b.registry;
        this.users = b.users;
        this.exchanges = new ExchangeLog(b.exchangeCapacity);
        InetAddress bind = b.host == null ? InetAddress.getLoopbackAddress() : InetAddress.getByName(b.host);
        this.server = HttpServer.create(new InetSocketAddress(bind, b.port), 0);
        int port = server.getAddress().getPort();
        this.baseUrl = b.publicBaseUrl != null ? stripSlash(b.publicBaseUrl) : "http://localhost:" + port;
        Set<String> endpoints = new LinkedHashSet<>();
        endpoints.add(baseUrl + "/Proxy2/ServiceProvider");
        endpoints.add("http://localhost:" + port + "/Proxy2/ServiceProvider");
        endpoints.add("http://127.0.0.1:" + port + "/Proxy2/ServiceProvider");
        String issuer = b.issuer != null ? b.issuer : baseUrl + "/Proxy2/ServiceProvider";
        GatewayConfig config = new GatewayConfig(baseUrl, Set.copyOf(endpoints), issuer, b.strict, b.devMode, b.clockSkew, b.clock);
        this.gateway = new Gateway(config, registry, users, SigningKeys.of(signing), exchanges);
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "clave-idp-stub-" + port + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", new StubHandler(new StubContext(gateway, registry, users, exchanges, signing.certificate())));
        server.start();
        if (!NO_DELAY) {
            LOG.warn("clave-idp-stub: {} is set to '{}': each response waits ~40 ms for the client's delayed ACK "
                    + "(Nagle's algorithm). Remove the property to get prompt answers.", NoDelay.PROPERTY, System.getProperty(NoDelay.PROPERTY));
        }
        if (b.devMode) {
            LOG.warn("clave-idp-stub DEV MODE: requests from unregistered SPs are accepted when their signature validates "
                    + "with their own KeyInfo certificate. Never point a production SP at this stub.");
        }
        LOG.info("clave-idp-stub listening on {} (strict={}, devMode={}, {} registered SPs, {} test users)",
                baseUrl, b.strict, b.devMode, registry.registeredSps().size(), users.all().size());
    }

    /** @return a builder with the embedded defaults: random port, dev mode on, strict on, built-in users */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the base URL, e.g. {@code http://localhost:43127}; clave-sp-core's LOCAL gateway base URL */
    public String baseUrl() {
        return baseUrl;
    }

    /** @return {@code <base URL>/Proxy2/ServiceProvider}, where SPs post requests */
    public URI endpoint() {
        return URI.create(baseUrl + "/Proxy2/ServiceProvider");
    }

    /** @return {@code <base URL>/Proxy2/Certificates}, the certificate feed (BND-5) */
    public URI certificatesUrl() {
        return URI.create(baseUrl + "/Proxy2/Certificates");
    }

    /** @return the port the server listens on */
    public int port() {
        return server.getAddress().getPort();
    }

    /** @return the certificate the stub signs responses with: put it in the SP's trusted certificates */
    public X509Certificate signingCertificate() {
        return signing.certificate();
    }

    /** @return the Issuer value of every response */
    public String issuer() {
        return gateway.config().issuer();
    }

    /** Registers SP {@code spCode} with its signing certificate (BND-5). */
    public ClaveStub registerSp(String spCode, X509Certificate signingCertificate) {
        registry.registerSp(spCode, signingCertificate);
        return this;
    }

    /** Encrypts the assertions for SP {@code spCode} with {@code encryptionCertificate} (RSP-3). */
    public ClaveStub encryptFor(String spCode, X509Certificate encryptionCertificate) {
        registry.encryptFor(spCode, encryptionCertificate);
        return this;
    }

    /** Stops encrypting assertions for {@code spCode}. */
    public ClaveStub stopEncryptingFor(String spCode) {
        registry.stopEncryptingFor(spCode);
        return this;
    }

    /**
     * Chooses the outcome of the next login. Scripted logins skip the pages: the SP's POST is
     * answered at once with the auto-post form carrying the scripted response. Several calls queue
     * several logins, consumed in order.
     */
    public ClaveStub nextLogin(LoginScript script) {
        gateway.script(Objects.requireNonNull(script, "script"));
        return this;
    }

    /** @return the recorded exchanges, oldest first */
    public List<Exchange> exchanges() {
        return exchanges.all();
    }

    /**
     * @return the newest exchange
     * @throws IllegalStateException when no request has arrived yet
     */
    public Exchange lastExchange() {
        return exchanges.last().orElseThrow(() -> new IllegalStateException(
                "no request has reached the stub at " + endpoint() + " yet"));
    }

    /** @return the test users, in display order */
    public List<TestUser> users() {
        return users.all();
    }

    /** @return whether strict mode is on */
    public boolean isStrict() {
        return gateway.config().strict();
    }

    /** @return whether development mode is on */
    public boolean isDevMode() {
        return gateway.config().devMode();
    }

    /** Forgets recorded exchanges and queued scripts (the JUnit extension calls it before each test). */
    public void reset() {
        exchanges.clear();
        gateway.clearScripts();
    }

    /** Stops the server at once. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        LOG.info("clave-idp-stub on {} stopped", baseUrl);
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** Configures and starts a {@link ClaveStub}; every setter returns the builder. */
    public static final class Builder {
        private int port = 0;
        private String host;
        private String publicBaseUrl;
        private boolean devMode = true;
        private boolean strict = true;
        private String issuer;
        private KeyAndCertificate signing;
        private final SpRegistry registry = new SpRegistry();
        private final UserDirectory users = UserDirectory.builtIn();
        private Duration clockSkew = Duration.ofMinutes(3);
        private Clock clock = Clock.systemUTC();
        private int exchangeCapacity = 100;

        private Builder() {
        }

        /** Port to listen on; 0 (default) picks a free one. */
        public Builder port(int v) {
            if (v < 0 || v > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, got " + v);
            }
            this.port = v;
            return this;
        }

        /** Address to bind; default the loopback address (only this machine can reach the stub). */
        public Builder host(String v) { this.host = v; return this; }

        /** Base URL the SP uses when it differs from {@code http://localhost:<port>} (a proxy, a container). */
        public Builder publicBaseUrl(String v) { this.publicBaseUrl = v; return this; }

        /** Accept correctly self-signed requests from unregistered SPs (default true for embedded use). */
        public Builder devMode(boolean v) { this.devMode = v; return this; }

        /** Answer MUST violations with an error response (default true); false only reports them. */
        public Builder strict(boolean v) { this.strict = v; return this; }

        /** Issuer of responses; default {@code <base URL>/Proxy2/ServiceProvider}. */
        public Builder issuer(String v) { this.issuer = v; return this; }

        /** Sign with this key instead of a generated one. */
        public Builder signingKey(PrivateKey key, X509Certificate certificate) {
            this.signing = new KeyAndCertificate(Objects.requireNonNull(key, "key"), Objects.requireNonNull(certificate, "certificate"));
            return this;
        }

        /** Registers SP {@code spCode} with its signing certificate. */
        public Builder registerSp(String spCode, X509Certificate certificate) { registry.registerSp(spCode, certificate); return this; }

        /** Encrypts assertions for {@code spCode} with {@code certificate}. */
        public Builder encryptFor(String spCode, X509Certificate certificate) { registry.encryptFor(spCode, certificate); return this; }

        /** Adds (or replaces, by id) a test user. */
        public Builder addUser(TestUser user) { users.add(user); return this; }

        /** Adds the users of a properties file (format in {@link UsersFile}). */
        public Builder usersFile(Path file) { users.addAll(UsersFile.read(file)); return this; }

        /** Clock skew tolerated on request IssueInstant (default 3 minutes). */
        public Builder clockSkew(Duration v) { this.clockSkew = Objects.requireNonNull(v); return this; }

        /** Clock used for message times (default UTC system clock). */
        public Builder clock(Clock v) { this.clock = Objects.requireNonNull(v); return this; }

        /** How many exchanges to keep (default 100). */
        public Builder exchangeCapacity(int v) {
            if (v < 1) {
                throw new IllegalArgumentException("exchangeCapacity must be at least 1");
            }
            this.exchangeCapacity = v;
            return this;
        }

        /**
         * Starts the stub.
         *
         * @throws UncheckedIOException when the port cannot be bound
         */
        public ClaveStub start() {
            try {
                return new ClaveStub(this);
            } catch (IOException e) {
                throw new UncheckedIOException("clave-idp-stub cannot listen on port " + port + ": " + e.getMessage(), e);
            }
        }
    }
}
