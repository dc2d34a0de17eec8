package es.clave.stub.junit;

import es.clave.stub.ClaveStub;
import es.clave.stub.LoginScript;
import es.clave.stub.exchange.Exchange;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Consumer;

/**
 * JUnit 5 extension running a {@link ClaveStub} on a random port. As a static field it starts
 * once per test class; as an instance field, once per test. Before each test the recorded
 * exchanges and queued scripts are cleared, so every test sees only its own traffic.
 * <pre>{@code
 * @RegisterExtension
 * static ClaveStubExtension clave = ClaveStubExtension.create();          // dev mode, strict
 * // or ClaveStubExtension.with(b -> b.devMode(false).registerSp("P1300000E_L02000013", spCert))
 *
 * @Test
 * void cancelledLoginIsReported() {
 *     clave.nextLogin(LoginScript.failure(Failure.USER_CANCELLED));
 *     ... configure the SP with clave.baseUrl() and clave.signingCertificate(), drive the login ...
 *     clave.lastExchange().report().assertNoViolations();
 * }
 * }</pre>
 * Test methods may also declare a {@link ClaveStub} parameter.
 */
public final class ClaveStubExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private final Consumer<ClaveStub.Builder> customizer;
    private volatile ClaveStub stub;
    /** Unique id of the container or test that started the stub: only its end stops it (nested classes share it). */
    private volatile String owner;

    /** Used by {@code @ExtendWith} / {@link WithClaveStub}: settings come from the annotation. */
    public ClaveStubExtension() {
        this(null);
    }

    private ClaveStubExtension(Consumer<ClaveStub.Builder> customizer) {
        this.customizer = customizer;
    }

    /** @return an extension with the embedded defaults (random port, dev mode on, strict on) */
    public static ClaveStubExtension create() {
        return new ClaveStubExtension(b -> { });
    }

    /** @return an extension whose stub is configured by {@code customizer} before it starts */
    public static ClaveStubExtension with(Consumer<ClaveStub.Builder> customizer) {
        return new ClaveStubExtension(customizer);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (stub == null) {
            start(context);
        } else {
            stub.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stopIfOwner(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stopIfOwner(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == ClaveStub.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        if (stub == null) {
            start(extensionContext);
        }
        return stub;
    }

    private synchronized void start(ExtensionContext context) {
        if (stub != null) {
            return;
        }
        ClaveStub.Builder builder = ClaveStub.builder();
        if (customizer != null) {
            customizer.accept(builder);
        } else {
            context.getTestClass().flatMap(c -> AnnotationSupport.findAnnotation(c, WithClaveStub.class))
                    .ifPresent(a -> builder.strict(a.strict()).devMode(a.devMode()));
        }
        stub = builder.start();
        owner = context.getUniqueId();
    }

    private synchronized void stopIfOwner(ExtensionContext context) {
        if (stub != null && context.getUniqueId().equals(owner)) {
            stub.close();
            stub = null;
            owner = null;
        }
    }

    /**
     * @return the running stub
     * @throws IllegalStateException outside a test
     */
    public ClaveStub stub() {
        ClaveStub s = stub;
        if (s == null) {
            throw new IllegalStateException("the Cl@ve stub runs only while a test runs; register the extension with @RegisterExtension");
        }
        return s;
    }

    /** @return the base URL for clave-sp-core's LOCAL environment */
    public String baseUrl() {
        return stub().baseUrl();
    }

    /** @return the certificate to trust on the SP side */
    public X509Certificate signingCertificate() {
        return stub().signingCertificate();
    }

    /** Chooses the outcome of the next login (pages are skipped). */
    public ClaveStubExtension nextLogin(LoginScript script) {
        stub().nextLogin(script);
        return this;
    }

    /** Registers SP {@code spCode} with its signing certificate. */
    public ClaveStubExtension registerSp(String spCode, X509Certificate certificate) {
        stub().registerSp(spCode, certificate);
        return this;
    }

    /** Encrypts assertions for {@code spCode}. */
    public ClaveStubExtension encryptFor(String spCode, X509Certificate certificate) {
        stub().encryptFor(spCode, certificate);
        return this;
    }

    /** @return the exchanges recorded during the current test */
    public List<Exchange> exchanges() {
        return stub().exchanges();
    }

    /** @return the newest exchange of the current test */
    public Exchange lastExchange() {
        return stub().lastExchange();
    }
}
