package es.clave.sp.trust;

import es.clave.sp.error.ClaveConfigException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The anchors an operator pins for the certificate feed: nothing the network returns is trusted
 * unless it matches one of them. A certificate matches when
 * <ul>
 *   <li>its SHA-256 fingerprint is pinned, or</li>
 *   <li>it is a pinned anchor certificate itself, or</li>
 *   <li>it was issued by a pinned anchor certificate (issuer name equals the anchor's subject and
 *       its signature verifies with the anchor's public key): this is how a rotated Cl@ve
 *       certificate from the same CA is accepted without a configuration change.</li>
 * </ul>
 */
public final class TrustPins {

    /** Property naming the pins, used in error messages. */
    public static final String PROPERTY = "clave.trust.feed.pins";

    private final Set<String> fingerprints;
    private final List<X509Certificate> anchors;

    /**
     * @param fingerprints lower-case hex SHA-256 fingerprints of accepted certificates
     * @param anchors      accepted certificates, which also act as issuing CAs
     */
    public TrustPins(Set<String> fingerprints, List<X509Certificate> anchors) {
        this.fingerprints = Set.copyOf(fingerprints);
        this.anchors = List.copyOf(anchors);
    }

    /**
     * Parses {@code clave.trust.feed.pins}: a comma-separated list where each entry is a SHA-256
     * fingerprint (hex, colons allowed, optional {@code sha256:} prefix) or the location of a PEM/DER
     * certificate file ({@code classpath:…}, {@code file:…} or a plain path) holding one or more anchors.
     *
     * @throws ClaveConfigException when the list is empty or an entry cannot be read
     */
    public static TrustPins parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new ClaveConfigException(PROPERTY, "the certificate feed is enabled but no pin is configured; "
                    + "list the SHA-256 fingerprint of Cl@ve's certificate or the file of its issuing CA");
        }
        Set<String> fps = new LinkedHashSet<>();
        List<X509Certificate> anchors = new ArrayList<>();
        for (String raw : spec.split(",")) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            String fp = Certificates.normaliseFingerprint(entry);
            if (fp != null) {
                fps.add(fp);
            } else if (looksLikeHex(entry)) {
                throw new ClaveConfigException(PROPERTY, "'" + entry + "' looks like a fingerprint but is not 64 hex "
                        + "digits; give the SHA-256 fingerprint of the certificate");
            } else {
                anchors.addAll(load(entry));
            }
        }
        if (fps.isEmpty() && anchors.isEmpty()) {
            throw new ClaveConfigException(PROPERTY, "no usable pin in '" + spec + "'");
        }
        return new TrustPins(fps, anchors);
    }

    /** @return a reason why {@code candidate} matches a pin, or empty when it matches none */
    public Optional<String> match(X509Certificate candidate) {
        String fp = Certificates.sha256Hex(candidate);
        if (fingerprints.contains(fp)) {
            return Optional.of("pinned SHA-256 fingerprint");
        }
        for (X509Certificate anchor : anchors) {
            if (Certificates.sha256Hex(anchor).equals(fp)) {
                return Optional.of("pinned certificate " + anchor.getSubjectX500Principal().getName());
            }
            if (issuedBy(candidate, anchor)) {
                return Optional.of("issued by pinned CA " + anchor.getSubjectX500Principal().getName());
            }
        }
        return Optional.empty();
    }

    /** @return the pinned fingerprints */
    public Set<String> fingerprints() {
        return fingerprints;
    }

    /** @return the pinned anchor certificates */
    public List<X509Certificate> anchors() {
        return anchors;
    }

    private static boolean issuedBy(X509Certificate candidate, X509Certificate anchor) {
        if (!candidate.getIssuerX500Principal().equals(anchor.getSubjectX500Principal())) {
            return false;
        }
        try {
            candidate.verify(anchor.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean looksLikeHex(String entry) {
        return entry.replace(":", "").matches("(?i)(sha256:)?[0-9a-f]{16,}");
    }

    private static List<X509Certificate> load(String location) {
        try (InputStream in = open(location)) {
            return Certificates.readAll(in);
        } catch (IOException | CertificateException e) {
            throw new ClaveConfigException(PROPERTY, "cannot read pinned certificate '" + location + "': "
                    + e.getMessage() + "; give a PEM or DER certificate file or a SHA-256 fingerprint", e);
        }
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String name = location.substring("classpath:".length());
            name = name.startsWith("/") ? name.substring(1) : name;
            InputStream in = Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader().getResourceAsStream(name)
                    : TrustPins.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IOException("not found on the classpath");
            }
            return in;
        }
        String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
        return Files.newInputStream(Path.of(path));
    }

    @Override
    public String toString() {
        return "TrustPins[" + fingerprints.size() + " fingerprint(s), " + anchors.size() + " anchor(s)]";
    }
}
