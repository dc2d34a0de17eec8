package es.clave.sp.trust;

import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

/**
 * Where the response pipeline gets the Cl@ve certificates it trusts (RSP-2, RSP-4, BND-5). Read
 * on every validation, so a source may change its answer at any time (feed refresh, rollover).
 * Implementations must be thread-safe and cheap to call.
 */
@FunctionalInterface
public interface TrustedCertificateSource {

    /** @return the certificates trusted right now; never null, never containing null */
    List<X509Certificate> current();

    /** @return a source that always answers {@code certificates} */
    static TrustedCertificateSource of(Collection<X509Certificate> certificates) {
        return new StaticTrustSource(certificates);
    }

    /** @return a source answering the union of {@code sources}, without duplicates */
    static TrustedCertificateSource composite(TrustedCertificateSource... sources) {
        return new CompositeTrustSource(List.of(sources));
    }
}
