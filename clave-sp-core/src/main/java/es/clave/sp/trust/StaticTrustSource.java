package es.clave.sp.trust;

import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;

/** A fixed set of trusted certificates, e.g. the files or keystores named in the configuration. */
public final class StaticTrustSource implements TrustedCertificateSource {

    private final List<X509Certificate> certificates;

    /** @param certificates the certificates to trust; copied */
    public StaticTrustSource(Collection<X509Certificate> certificates) {
        this.certificates = List.copyOf(certificates);
    }

    @Override
    public List<X509Certificate> current() {
        return certificates;
    }

    @Override
    public String toString() {
        return "StaticTrustSource[" + certificates.size() + " certificate(s)]";
    }
}
