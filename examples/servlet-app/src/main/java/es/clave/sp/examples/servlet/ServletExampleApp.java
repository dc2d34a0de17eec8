package es.clave.sp.examples.servlet;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.config.Environment;
import es.clave.sp.keys.SpCredential;
import es.clave.sp.servlet.ClaveFilter;
import es.clave.sp.servlet.ClaveServletSettings;
import es.clave.sp.state.InMemoryPendingLoginStore;
import es.clave.sp.state.InMemoryReplayCache;
import es.clave.stub.ClaveStub;
import es.clave.stub.trust.StubKeys;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;

/**
 * A plain servlet application on embedded Jetty 12 with Cl@ve login through {@link ClaveFilter}.
 *
 * <p>By default it starts the gateway stub in this JVM and trusts it: LOCAL environment at the
 * stub's URL, the stub's certificate as the trusted Cl@ve certificate, and a TEST-ONLY SP key
 * generated at start and registered with the stub. Run it from the repository root with
 * {@code mvn -q -pl examples/servlet-app -am compile exec:java -Dexec.mainClass=es.clave.sp.examples.servlet.ServletExampleApp}
 * and open http://localhost:8080. With {@code -Dclave.config=/path/clave.properties} it uses that
 * configuration (a real gateway) instead and starts no stub. {@code -Dport=9090} changes the port.
 */
public final class ServletExampleApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ServletExampleApp.class);
    /** The public test SP code of Cl@ve pre-production; fine for the stub too. */
    static final String SP_CODE = "21114293V_E04975701";

    private final Server server;
    private final ClaveStub stub;
    private final String origin;

    private ServletExampleApp(Server server, ClaveStub stub, String origin) {
        this.server = server;
        this.stub = stub;
        this.origin = origin;
    }

    /** Runs until the JVM is stopped. */
    public static void main(String[] args) throws Exception {
        ServletExampleApp app = start(Integer.getInteger("port", 8080), System.getProperty("clave.config"));
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "servlet-example-shutdown"));
        // the console, not the log: under `mvn -q exec:java` Maven's own logger swallows INFO lines
        System.out.println(readyLine(app.origin(), app.stub == null ? null : app.stub.baseUrl()));
        app.server.join();
    }

    /** @return the line that tells the person who started the example where to open it */
    static String readyLine(String origin, String stubUrl) {
        return "==> clave-sp servlet example ready: open " + origin + "/  (Cl@ve gateway: "
                + (stubUrl == null ? "as configured" : "TEST-ONLY stub at " + stubUrl) + ")";
    }

    /**
     * Starts the application.
     *
     * @param port       HTTP port; 0 picks a free one
     * @param configFile a clave.properties for a real gateway, or null to run against the embedded stub
     */
    public static ServletExampleApp start(int port, String configFile) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("localhost");
        connector.setPort(port);
        server.addConnector(connector);
        connector.open();
        String origin = "http://localhost:" + connector.getLocalPort();

        ClaveStub stub = null;
        ClaveFilter filter;
        if (configFile == null) {
            stub = ClaveStub.builder().start();
            filter = stubFilter(stub, origin);
        } else {
            filter = ClaveFilter.fromProperties(withExampleDefaults(load(Path.of(configFile))));
        }

        ServletContextHandler context = new ServletContextHandler("/", ServletContextHandler.SESSIONS);
        // the application's own session cookie stays Lax: the filter does not need it on the gateway's POST
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
        context.getSessionHandler().setHttpOnly(true);
        context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new ExamplePages.Home()), "/");
        context.addServlet(new ServletHolder(new ExamplePages.Private()), "/private/*");
        server.setHandler(context);
        try {
            server.start();
        } catch (Exception e) {
            if (stub != null) {
                stub.close();
            }
            throw e;
        }
        return new ServletExampleApp(server, stub, origin);
    }

    /** @return {@code http://localhost:<port>} */
    public String origin() {
        return origin;
    }

    /** @return the embedded stub, or null when running against a configured gateway */
    public ClaveStub stub() {
        return stub;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("stopping Jetty failed", e);
        }
        if (stub != null) {
            stub.close();
        }
    }

    private static ClaveFilter stubFilter(ClaveStub stub, String origin) {
        // TEST-ONLY: a throw-away SP key generated at every start, registered with the stub only
        StubKeys.KeyAndCertificate key = StubKeys.generate("clave-sp servlet example SP (TEST-ONLY)");
        stub.registerSp(SP_CODE, key.certificate());
        ClaveSpConfig config = ClaveSpConfig.builder()
                .environment(Environment.LOCAL)
                .gatewayBaseUrl(stub.baseUrl())
                .spCode(SP_CODE)
                .applicationName("servlet-example")
                .acsUrl(origin + "/clave/acs")
                .logoutReturnUrl(origin + "/clave/logout/return")
                .signingCredential(SpCredential.of(key.privateKey(), key.certificate(), "generated at start (TEST-ONLY)"))
                .addTrustedCertificate(stub.signingCertificate())
                .build();
        ClaveServletSettings settings = ClaveServletSettings.builder()
                .protectedPaths(List.of("/private/*"))
                .build();
        return new ClaveFilter(ClaveServiceProvider.create(config, new InMemoryReplayCache()),
                new InMemoryPendingLoginStore(), settings);
    }

    private static Properties withExampleDefaults(Properties properties) {
        properties.putIfAbsent(ClaveServletSettings.PROTECTED_PATHS, "/private/*");
        return properties;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
