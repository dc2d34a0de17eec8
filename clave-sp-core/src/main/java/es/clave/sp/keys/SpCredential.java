package es.clave.sp.keys;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A private key with its certificate (and optional chain), loaded from a keystore or PEM files.
 *
 * @param privateKey  the private key
 * @param certificate the end-entity certificate matching the key
 * @param chain       the certificate chain, end-entity first (may be just {@code certificate})
 * @param source      where it was loaded from, for messages
 */
public record SpCredential(PrivateKey privateKey, X509Certificate certificate, List<X509Certificate> chain,
                           String source) {
    public SpCredential {
        chain = List.copyOf(chain);
    }

    /** @return a credential whose chain is the single certificate */
    public static SpCredential of(PrivateKey key, X509Certificate certificate, String source) {
        return new SpCredential(key, certificate, List.of(certificate), source);
    }

    @Override
    public String toString() {
        // never print key material
        return "SpCredential[" + certificate.getSubjectX500Principal().getName() + " from " + source + "]";
    }
}
