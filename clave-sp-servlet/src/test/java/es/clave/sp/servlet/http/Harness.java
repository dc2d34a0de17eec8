package es.clave.sp.servlet.http;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.config.Environment;
import es.clave.sp.keys.SpCredential;
import es.clave.sp.servlet.ClaveServletSettings;
import es.clave.stub.ClaveStub;
import es.clave.stub.LoginScript;
import es.clave.stub.junit.ClaveStubExtension;
import es.clave.stub.trust.StubKeys;

import java.util.Base64;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The stub gateway plus the test application, wired as a real deployment would be: LOCAL
 * environment at the stub's URL, the stub's certificate trusted, a TEST-ONLY SP key generated at
 * test time and registered with the stub.
 */
final class Harness implements AutoCloseable {

    static final String SP_CODE = "21114293V_E04975701";
    private static final SpCredential SP_KEY;

    static {
        StubKeys.KeyAndCertificate generated = StubKeys.generated("servlet-tests SP (TEST-ONLY)");
        SP_KEY = SpCredential.of(generated.privateKey(), generated.certificate(), "generated at test time, TEST-ONLY");
    }

    final ClaveStub stub;
    final TestApp app;

    private Harness(ClaveStub stub, TestApp app) {
        this.stub = stub;
        this.app = app;
    }

    /**
     * @return the JUnit extension running the stub for a test class: the tests' citizens added, the
     *         tests' SP registered, strict conformance checking on
     */
    static ClaveStubExtension stubExtension() {
        return ClaveStubExtension.with(Harness::configureStub);
    }

    /** @return the stub of {@link #stubExtension()}, started outside JUnit Jupiter (for jqwik properties) */
    static ClaveStub startStub() {
        ClaveStub.Builder b = ClaveStub.builder();
        configureStub(b);
        return b.start();
    }

    private static void configureStub(ClaveStub.Builder b) {
        b.registerSp(SP_CODE, SP_KEY.certificate());
        TestUsers.ALL.forEach(b::addUser);
    }

    /** Starts the application against {@code stub} with the tests' settings ({@code /private/*} protected). */
    static Harness start(ClaveStub stub) throws Exception {
        return start(stub, b -> b);
    }

    /** Starts with servlet settings adjusted by {@code settings}. */
    static Harness start(ClaveStub stub, UnaryOperator<ClaveServletSettings.Builder> settings) throws Exception {
        return start(stub, settings, UnaryOperator.identity());
    }

    /** Starts with adjusted servlet settings and SP configuration. */
    static Harness start(ClaveStub stub, UnaryOperator<ClaveServletSettings.Builder> settings,
                         UnaryOperator<ClaveSpConfig.Builder> config) throws Exception {
        TestApp app = TestApp.start(origin -> config.apply(baseConfig(origin, stub)).build(),
                settings.apply(settings()).build());
        return new Harness(stub, app);
    }

    /**
     * The tests' servlet settings. The test browser treats the gateway as another site, as the real
     * Cl@ve is, so the binding cookie must be {@code SameSite=None; Secure} even though the tests run
     * on plain-http localhost (which browsers count as a secure context).
     */
    static ClaveServletSettings.Builder settings() {
        return ClaveServletSettings.builder().protectedPaths(List.of("/private/*")).cookieAlwaysSecure(true);
    }

    static ClaveSpConfig.Builder baseConfig(String origin, ClaveStub stub) {
        return ClaveSpConfig.builder()
                .environment(Environment.LOCAL)
                .gatewayBaseUrl(stub.baseUrl())
                .spCode(SP_CODE)
                .applicationName("servlet-tests")
                .acsUrl(origin + TestApp.CONTEXT + "/clave/acs")
                .logoutReturnUrl(origin + TestApp.CONTEXT + "/clave/logout/return")
                .signingCredential(SP_KEY)
                .addTrustedCertificate(stub.signingCertificate());
    }

    /** @return a new browser with an empty cookie jar */
    TestBrowser browser() {
        return new TestBrowser(stubOrigin());
    }

    /** @return scheme://host:port of the stub */
    String stubOrigin() {
        return stub.baseUrl();
    }

    /** Queues {@code script} at the stub and navigates {@code browser} to {@code path} until it settles. */
    TestBrowser.Page login(TestBrowser browser, LoginScript script, String path) {
        stub.nextLogin(script);
        return browser.navigate(app.url(path));
    }

    /** @return the XML of a Base64 SAML message field */
    static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    /** Stops the application; the stub belongs to the extension. */
    @Override
    public void close() throws Exception {
        app.close();
    }
}
