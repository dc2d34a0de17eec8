package es.clave.sp.spring.support;

import es.clave.stub.junit.ClaveStubExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * Base of the HTTP journeys: a gateway stub per test class (the stub's JUnit extension, with the
 * SP registered and development mode off), a TEST-ONLY SP key in PEM files, and the application
 * configured through plain {@code clave.*} properties pointing at both. The application port is
 * chosen at random before the context starts, because the ACS URL is part of the configuration.
 * Each class gets its own context: the stub's port changes from class to class.
 */
@DirtiesContext
public abstract class ClaveStubTestSupport {

    /** The SP code the tests register with the stub. */
    protected static final String SP_CODE = "99999999R_E04975701";
    /** The application's port. */
    protected static final int PORT = freePort();
    /** The TEST-ONLY SP key, generated for this run. */
    protected static final TestKeyFiles.SpKey SP_KEY = TestKeyFiles.generateSpKey(tempDir(), "sp-signing");

    /** The gateway stub. */
    @RegisterExtension
    protected static final ClaveStubExtension STUB = ClaveStubExtension.with(b -> b.devMode(false)
            .registerSp(SP_CODE, SP_KEY.certificate()));

    @DynamicPropertySource
    static void claveProperties(DynamicPropertyRegistry registry) {
        Path stubCertificate = TestKeyFiles.writeCertificate(tempDir().resolve("stub-" + STUB.stub().port() + ".crt"),
                STUB.signingCertificate());
        registry.add("server.port", () -> PORT);
        registry.add("clave.environment", () -> "local");
        registry.add("clave.gateway.base-url", STUB::baseUrl);
        registry.add("clave.sp.code", () -> SP_CODE);
        registry.add("clave.sp.application", () -> "clave-sp-spring tests");
        registry.add("clave.sp.acs-url", () -> base() + "/clave/acs");
        registry.add("clave.sp.signing.private-key", () -> "file:" + SP_KEY.privateKeyPem());
        registry.add("clave.sp.signing.certificate", () -> "file:" + SP_KEY.certificatePem());
        registry.add("clave.trust.certificates", () -> "file:" + stubCertificate);
        registry.add("server.servlet.session.cookie.same-site", () -> "lax");
    }

    /** @return the application's base URL */
    protected static String base() {
        return "http://localhost:" + PORT;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        return TestKeyFiles.folder();
    }
}
