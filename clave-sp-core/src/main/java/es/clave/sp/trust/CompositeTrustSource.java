package es.clave.sp.trust;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The union of several sources, e.g. the configured certificates plus the feed. A certificate
 * present in several sources appears once (matched by its SHA-256 fingerprint).
 */
public final class CompositeTrustSource implements TrustedCertificateSource {

    private final List<TrustedCertificateSource> sources;

    /** @param sources the sources to combine, asked in this order */
    public CompositeTrustSource(List<TrustedCertificateSource> sources) {
        this.sources = List.copyOf(sources);
    }

    @Override
    public List<X509Certificate> current() {
        Map<String, X509Certificate> union = new LinkedHashMap<>();
        for (TrustedCertificateSource source : sources) {
            for (X509Certificate c : source.current()) {
                union.putIfAbsent(Certificates.sha256Hex(c), c);
            }
        }
        return List.copyOf(new ArrayList<>(union.values()));
    }

    /** @return the combined sources */
    public List<TrustedCertificateSource> sources() {
        return sources;
    }

    @Override
    public String toString() {
        return "CompositeTrustSource" + sources;
    }
}
