package es.clave.stub;

import es.clave.stub.trust.Certificates;
import es.clave.stub.trust.KeyFiles;
import es.clave.stub.trust.StubKeys.KeyAndCertificate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the stub from the command line until interrupted. Options (all optional):
 * <pre>
 *   --port N                  port (default 8900; 0 = any free port)
 *   --host ADDRESS            address to bind (default loopback; 0.0.0.0 to expose it, e.g. in a container)
 *   --public-url URL          base URL SPs use, when not http://localhost:PORT
 *   --strict | --lenient      answer MUST violations with an error response (default) | only report them
 *   --dev-mode                accept correctly self-signed requests from unregistered SPs (default off)
 *   --sp CODE=cert.pem        register SP CODE with its signing certificate (repeatable)
 *   --encrypt-for CODE=cert.pem  encrypt assertions for SP CODE (repeatable)
 *   --users-file users.properties  extra test users (format: es.clave.stub.users.UsersFile)
 *   --signing-p12 file.p12 --p12-password PW    sign with this key (default: a generated one)
 *   --signing-key key.pem --signing-cert cert.pem   same, from PKCS#8 PEM files
 *   --write-cert file.pem     write the stub's signing certificate, for the SP's trust store
 *   --issuer VALUE            Issuer of responses (default BASE/Proxy2/ServiceProvider)
 * </pre>
 */
public final class ClaveStubMain {

    /** Default port of the standalone stub. */
    public static final int DEFAULT_PORT = 8900;

    private ClaveStubMain() {
    }

    /** Starts the stub and blocks until the JVM is stopped. */
    public static void main(String[] args) throws InterruptedException {
        ClaveStub stub;
        try {
            stub = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println("clave-idp-stub: " + e.getMessage());
            System.err.println("Run with --help for the options.");
            System.exit(2);
            return;
        }
        if (stub == null) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stub.close();
            stopped.countDown();
        }, "clave-idp-stub-shutdown"));
        stopped.await();
    }

    /**
     * Parses {@code args} and starts the stub; prints where it runs to {@code out}.
     *
     * @return the running stub, or null when only help was asked for
     * @throws IllegalArgumentException with a message naming the bad option
     */
    public static ClaveStub start(String[] args, PrintStream out) {
        ClaveStub.Builder b = ClaveStub.builder().port(DEFAULT_PORT).devMode(false).strict(true);
        Path writeCert = null;
        Path p12 = null;
        String p12Password = "";
        Path pemKey = null;
        Path pemCert = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> {
                    out.println(usage());
                    return null;
                }
                case "--port" -> b.port(parseInt(value(args, ++i, a), a));
                case "--host" -> b.host(value(args, ++i, a));
                case "--public-url" -> b.publicBaseUrl(value(args, ++i, a));
                case "--strict" -> b.strict(true);
                case "--lenient" -> b.strict(false);
                case "--dev-mode" -> b.devMode(true);
                case "--sp" -> {
                    String[] kv = pair(value(args, ++i, a), a);
                    b.registerSp(kv[0], Certificates.read(Path.of(kv[1])));
                }
                case "--encrypt-for" -> {
                    String[] kv = pair(value(args, ++i, a), a);
                    b.encryptFor(kv[0], Certificates.read(Path.of(kv[1])));
                }
                case "--users-file" -> b.usersFile(Path.of(value(args, ++i, a)));
                case "--signing-p12" -> p12 = Path.of(value(args, ++i, a));
                case "--p12-password" -> p12Password = value(args, ++i, a);
                case "--signing-key" -> pemKey = Path.of(value(args, ++i, a));
                case "--signing-cert" -> pemCert = Path.of(value(args, ++i, a));
                case "--write-cert" -> writeCert = Path.of(value(args, ++i, a));
                case "--issuer" -> b.issuer(value(args, ++i, a));
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (p12 != null) {
            KeyAndCertificate k = KeyFiles.fromPkcs12(p12, p12Password.toCharArray());
            b.signingKey(k.privateKey(), k.certificate());
        } else if (pemKey != null || pemCert != null) {
            if (pemKey == null || pemCert == null) {
                throw new IllegalArgumentException("--signing-key and --signing-cert go together");
            }
            KeyAndCertificate k = KeyFiles.fromPem(pemKey, pemCert);
            b.signingKey(k.privateKey(), k.certificate());
        }
        ClaveStub stub = b.start();
        if (writeCert != null) {
            try {
                Files.writeString(writeCert, Certificates.toPem(stub.signingCertificate()), StandardCharsets.US_ASCII);
            } catch (IOException e) {
                stub.close();
                throw new IllegalArgumentException("cannot write --write-cert " + writeCert + ": " + e.getMessage(), e);
            }
        }
        out.println("clave-idp-stub running: " + stub.baseUrl());
        out.println("  SP endpoint      " + stub.endpoint());
        out.println("  certificate feed " + stub.certificatesUrl());
        out.println("  status page      " + stub.baseUrl() + "/stub");
        if (stub.isDevMode()) {
            out.println("  WARNING: dev mode: unregistered SPs are accepted when correctly self-signed");
        }
        if (writeCert != null) {
            out.println("  signing certificate written to " + writeCert);
        }
        return stub;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int parseInt(String v, String option) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, got " + v, e);
        }
    }

    private static String[] pair(String v, String option) {
        int eq = v.indexOf('=');
        if (eq <= 0 || eq == v.length() - 1) {
            throw new IllegalArgumentException(option + " needs CODE=certificate-file, got " + v);
        }
        return new String[] {v.substring(0, eq), v.substring(eq + 1)};
    }

    /** @return the option summary */
    public static String usage() {
        return """
                Usage: java -jar clave-idp-stub-standalone.jar [options]
                  --port N                      port (default 8900; 0 = any free port)
                  --host ADDRESS                bind address (default loopback; 0.0.0.0 to expose)
                  --public-url URL              base URL the SPs use, if not http://localhost:PORT
                  --strict | --lenient          reject MUST violations with an error response (default) | only report
                  --dev-mode                    accept correctly self-signed requests from unregistered SPs
                  --sp CODE=cert.pem            register an SP and its signing certificate (repeatable)
                  --encrypt-for CODE=cert.pem   encrypt assertions for an SP (repeatable)
                  --users-file FILE             extra test users (properties, see README)
                  --signing-p12 FILE --p12-password PW   sign with this PKCS#12 key (default: generated)
                  --signing-key KEY.pem --signing-cert CERT.pem   sign with this PKCS#8 PEM key
                  --write-cert FILE             write the stub's signing certificate (PEM) for the SP to trust
                  --issuer VALUE                Issuer of responses (default BASE/Proxy2/ServiceProvider)
                """;
    }
}
