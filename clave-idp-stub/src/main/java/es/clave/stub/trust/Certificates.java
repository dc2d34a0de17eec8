package es.clave.stub.trust;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** Reading and writing X.509 certificates (PEM or DER files, Base64 text). */
public final class Certificates {

    private Certificates() {
    }

    /**
     * Reads a certificate from a PEM or DER file.
     *
     * @throws IllegalArgumentException naming the file when it holds no certificate
     */
    public static X509Certificate read(Path file) {
        try {
            return parse(Files.readAllBytes(file));
        } catch (IOException | CertificateException e) {
            throw new IllegalArgumentException("cannot read a certificate from " + file
                    + ": expected a PEM (-----BEGIN CERTIFICATE-----) or DER X.509 file (" + e.getMessage() + ")", e);
        }
    }

    /** Parses PEM or DER bytes. */
    public static X509Certificate parse(byte[] bytes) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(bytes));
    }

    /** Parses the Base64 text of an {@code X509Certificate} element (whitespace allowed). */
    public static X509Certificate fromBase64(String text) throws CertificateException {
        return parse(Base64.getMimeDecoder().decode(text.strip()));
    }

    /** @return the Base64 DER encoding, one line */
    public static String toBase64(X509Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the PEM encoding */
    public static String toPem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
