package es.clave.sp.trust;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Small certificate helpers shared by the trust and health packages. */
public final class Certificates {

    private Certificates() {
    }

    /** @return the lower-case hex SHA-256 fingerprint of the certificate's DER encoding */
    public static String sha256Hex(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint certificate", e);
        }
    }

    /**
     * Normalises a fingerprint as operators write it ({@code AB:CD:…}, spaces, optional
     * {@code sha256:} prefix, any case).
     *
     * @return the 64 lower-case hex digits, or null when {@code text} is not a SHA-256 fingerprint
     */
    public static String normaliseFingerprint(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("sha256:")) {
            t = t.substring("sha256:".length());
        }
        t = t.replace(":", "").replace(" ", "");
        return t.matches("[0-9a-f]{64}") ? t : null;
    }

    /** @return whether {@code at} lies within the certificate's validity period */
    public static boolean isValidAt(X509Certificate certificate, Instant at) {
        return !at.isBefore(certificate.getNotBefore().toInstant()) && !at.isAfter(certificate.getNotAfter().toInstant());
    }

    /** @return subject, serial and fingerprint prefix, for log lines */
    public static String describe(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName() + " (serial " + certificate.getSerialNumber().toString(16)
                + ", sha256 " + sha256Hex(certificate).substring(0, 16) + "…, valid until "
                + certificate.getNotAfter().toInstant() + ")";
    }

    /** @return the certificate decoded from Base64 DER (whitespace inside the text is ignored) */
    public static X509Certificate fromBase64(String base64) throws CertificateException {
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new CertificateException("certificate is not valid Base64", e);
        }
        return (X509Certificate) factory().generateCertificate(new ByteArrayInputStream(der));
    }

    /** @return every certificate in a PEM bundle or a single DER certificate */
    public static List<X509Certificate> readAll(InputStream in) throws IOException, CertificateException {
        byte[] bytes = in.readAllBytes();
        List<X509Certificate> out = new ArrayList<>();
        for (Certificate c : factory().generateCertificates(new ByteArrayInputStream(bytes))) {
            out.add((X509Certificate) c);
        }
        if (out.isEmpty()) {
            throw new CertificateException("no certificate found");
        }
        return out;
    }

    /** @return the certificates as a PEM bundle */
    public static String toPem(List<X509Certificate> certificates) {
        StringBuilder sb = new StringBuilder();
        Base64.Encoder encoder = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        for (X509Certificate c : certificates) {
            try {
                sb.append("-----BEGIN CERTIFICATE-----\n")
                        .append(encoder.encodeToString(c.getEncoded()))
                        .append("\n-----END CERTIFICATE-----\n");
            } catch (CertificateEncodingException e) {
                throw new IllegalStateException("cannot encode certificate", e);
            }
        }
        return sb.toString();
    }

    private static CertificateFactory factory() throws CertificateException {
        return CertificateFactory.getInstance("X.509");
    }
}
