package es.clave.sp.testing;

import es.clave.sp.keys.SpCredential;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TEST-ONLY key material, generated at test time: never a real certificate's key. Keys are
 * cached per name so a test run pays each RSA generation once.
 */
public final class TestCredentials {

    private static final Map<String, SpCredential> CACHE = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestCredentials() {
    }

    /** @return a cached RSA credential named {@code name}, valid from yesterday for one year */
    public static SpCredential rsa(String name, int bits) {
        return CACHE.computeIfAbsent(name + "/rsa" + bits, k -> create(name, rsaKeyPair(bits), "SHA256withRSA",
                Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365))));
    }

    /** @return a fresh RSA credential whose certificate is valid from {@code notBefore} to {@code notAfter} */
    public static SpCredential rsaValidBetween(String name, int bits, Instant notBefore, Instant notAfter) {
        return create(name, rsaKeyPair(bits), "SHA256withRSA", notBefore, notAfter);
    }

    /** @return a cached EC P-256 credential named {@code name} */
    public static SpCredential ecP256(String name) {
        return CACHE.computeIfAbsent(name + "/ec256", k -> {
            try {
                KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
                g.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
                return create(name, g.generateKeyPair(), "SHA256withECDSA",
                        Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** @return a new RSA key pair of {@code bits} */
    public static KeyPair rsaKeyPair(int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits, RANDOM);
            return g.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a self-signed certificate for {@code keys} with the given validity */
    public static X509Certificate selfSigned(String name, KeyPair keys, String sigAlg, Instant notBefore, Instant notAfter) {
        try {
            X500Name subject = new X500Name("CN=" + name + ",OU=TEST ONLY,O=clave-sp tests,C=ES");
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(64, RANDOM), Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic());
            ContentSigner signer = new JcaContentSignerBuilder(sigAlg).build(keys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return a credential for a fresh RSA key whose certificate is issued by {@code issuer}; the
     *         chain is the certificate followed by the issuer's
     */
    public static SpCredential issuedBy(String name, int bits, SpCredential issuer) {
        try {
            KeyPair keys = rsaKeyPair(bits);
            X500Name subject = new X500Name("CN=" + name + ",OU=TEST ONLY,O=clave-sp tests,C=ES");
            X500Name issuerName = X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                    new BigInteger(64, RANDOM), Date.from(Instant.now().minus(Duration.ofDays(1))),
                    Date.from(Instant.now().plus(Duration.ofDays(365))), subject, keys.getPublic());
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuer.privateKey());
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
            return new SpCredential(keys.getPrivate(), cert, java.util.List.of(cert, issuer.certificate()), "test:" + name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static SpCredential create(String name, KeyPair keys, String sigAlg, Instant notBefore, Instant notAfter) {
        return SpCredential.of(keys.getPrivate(), selfSigned(name, keys, sigAlg, notBefore, notAfter), "test:" + name);
    }
}
