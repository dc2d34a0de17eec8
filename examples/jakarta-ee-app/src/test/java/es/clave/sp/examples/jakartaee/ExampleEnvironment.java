package es.clave.sp.examples.jakartaee;

import es.clave.stub.ClaveStub;
import es.clave.stub.trust.Certificates;
import es.clave.stub.trust.StubKeys;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The example against the gateway stub: the stub in this JVM, a TEST-ONLY SP key generated now and
 * registered with it, and the WAR on Payara Micro configured (through MicroProfile Config, as JVM
 * system properties) for the stub. Everything listens on loopback only.
 */
final class ExampleEnvironment implements AutoCloseable {

    /** The public test SP code of Cl@ve pre-production; fine for the stub too. */
    static final String SP_CODE = "21114293V_E04975701";

    final ClaveStub stub;
    final PayaraMicro server;

    private ExampleEnvironment(ClaveStub stub, PayaraMicro server) {
        this.stub = stub;
        this.server = server;
    }

    /** @param port the application's HTTP port, 0 for a free one */
    static ExampleEnvironment start(int port) throws IOException, InterruptedException {
        Path work = Path.of(required("example.work"));
        int httpPort = port == 0 ? freePort() : port;
        String origin = "http://localhost:" + httpPort;
        ClaveStub stub = ClaveStub.builder().start();
        try {
            Map<String, String> config = stubConfig(stub, origin, work);
            PayaraMicro server = PayaraMicro.start(java21(), Path.of(required("payara.jar")),
                    Path.of(required("example.war")), httpPort, config, work);
            return new ExampleEnvironment(stub, server);
        } catch (IOException | InterruptedException | RuntimeException e) {
            stub.close();
            throw e;
        }
    }

    /** @return the application's {@code clave.*} keys for the stub, key files written into {@code work} */
    private static Map<String, String> stubConfig(ClaveStub stub, String origin, Path work) throws IOException {
        Files.createDirectories(work);
        // TEST-ONLY: a throw-away SP key generated at every start, registered with this stub only
        StubKeys.KeyAndCertificate key = StubKeys.generate("clave-sp Jakarta EE example SP (TEST-ONLY)");
        stub.registerSp(SP_CODE, key.certificate());
        Path keyFile = write(work.resolve("sp-test-only.key"), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.privateKey().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        Path certFile = write(work.resolve("sp-test-only.crt"), Certificates.toPem(key.certificate()));
        Path stubCert = write(work.resolve("stub-signing.crt"), Certificates.toPem(stub.signingCertificate()));

        Map<String, String> config = new LinkedHashMap<>();
        config.put("clave.environment", "LOCAL");
        config.put("clave.gateway.base-url", stub.baseUrl());
        config.put("clave.sp.code", SP_CODE);
        config.put("clave.sp.application", "jakarta-ee-example");
        config.put("clave.sp.acs-url", origin + "/clave/acs");
        config.put("clave.sp.logout-return-url", origin + "/clave/logout/return");
        config.put("clave.sp.signing.private-key", keyFile.toString());
        config.put("clave.sp.signing.certificate", certFile.toString());
        config.put("clave.trust.certificates", stubCert.toString());
        return config;
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.US_ASCII);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * @return a Java 21+ launcher for Payara Micro 7: {@code payara.java} when that file exists, else
     *         this JVM when it is 21+, else the JDK 25 or 21 a GitHub runner announces
     *         ({@code JAVA_HOME_25_X64}, {@code JAVA_HOME_21_X64})
     */
    private static Path java21() {
        String configured = System.getProperty("payara.java");
        if (configured != null && Files.isRegularFile(Path.of(configured))) {
            return Path.of(configured);
        }
        if (Runtime.version().feature() >= 21) {
            return Path.of(System.getProperty("java.home"), "bin", "java");
        }
        for (String variable : new String[] {"JAVA_HOME_25_X64", "JAVA_HOME_21_X64"}) {
            String home = System.getenv(variable);
            if (home != null && Files.isRegularFile(Path.of(home, "bin", "java"))) {
                return Path.of(home, "bin", "java");
            }
        }
        throw new IllegalStateException("Payara Micro 7 needs Java 21+ and this build runs on "
                + Runtime.version().feature() + ": set -Dpayara.java=/path/to/jdk-21+/bin/java (now '" + configured + "')");
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set; run through Maven"
                    + " (see examples/jakarta-ee-app/README.md)");
        }
        return value;
    }

    @Override
    public void close() {
        server.close();
        stub.close();
    }
}
