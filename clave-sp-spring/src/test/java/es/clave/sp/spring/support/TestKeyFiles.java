package es.clave.sp.spring.support;

import es.clave.stub.trust.StubKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * TEST-ONLY key material written as PEM files, so tests configure the SP through the same
 * {@code clave.sp.signing.*} and {@code clave.trust.certificates} properties an application uses.
 * Keys are generated when the test runs; nothing here is a real credential.
 */
public final class TestKeyFiles {

    private TestKeyFiles() {
    }

    /** A generated TEST-ONLY SP key pair and where its PEM files are. */
    public record SpKey(X509Certificate certificate, Path privateKeyPem, Path certificatePem) {
    }

    /**
     * @return this test JVM's own folder for key files. A fixed folder under {@code java.io.tmpdir}
     *         was shared by every build on the machine, so a concurrent build could overwrite a key
     *         between its writing and its reading (logins then failed with keys nobody registered).
     */
    public static Path folder() {
        return Folder.DIR;
    }

    /** Created on first use, once per JVM. */
    private static final class Folder {
        static final Path DIR = create();

        private static Path create() {
            try {
                return Files.createTempDirectory("clave-sp-spring-tests");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** @return a fresh TEST-ONLY SP signing key, written to {@code dir} */
    public static SpKey generateSpKey(Path dir, String name) {
        StubKeys.KeyAndCertificate key = StubKeys.generate("TEST-ONLY " + name);
        Path keyPem = write(dir.resolve(name + ".key"), "PRIVATE KEY", key.privateKey().getEncoded());
        Path certPem = writeCertificate(dir.resolve(name + ".crt"), key.certificate());
        return new SpKey(key.certificate(), keyPem, certPem);
    }

    /** @return the PEM file holding {@code certificate} */
    public static Path writeCertificate(Path file, X509Certificate certificate) {
        try {
            return write(file, "CERTIFICATE", certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(Path file, String type, byte[] der) {
        String pem = "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, pem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
