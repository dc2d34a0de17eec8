package es.clave.stub.trust;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Key material the stub generates for itself: RSA 2048 with a self-signed certificate. Keys are
 * cached per JVM and per name, so the tenth stub started by a test suite starts as fast as the
 * second (RSA generation is the slowest part of a start).
 */
public final class StubKeys {

    /** Name of the key the stub signs responses with. */
    public static final String SIGNING = "signing";
    /** Name of a key no SP trusts, for the "signed by an untrusted key" failure. */
    public static final String UNTRUSTED = "untrusted";
    /** Name of a key no SP holds, for the "encrypted with the wrong key" failure. */
    public static final String WRONG_RECIPIENT = "wrong-recipient";

    private static final Map<String, KeyAndCertificate> CACHE = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    private StubKeys() {
    }

    /** @return the JVM-wide generated key called {@code name} */
    public static KeyAndCertificate generated(String name) {
        return CACHE.computeIfAbsent(name, n -> generate("clave-idp-stub " + n));
    }

    /** Generates a fresh RSA 2048 key with a self-signed certificate valid for two years. */
    public static KeyAndCertificate generate(String commonName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            KeyPair pair = generator.generateKeyPair();
            return new KeyAndCertificate(pair.getPrivate(), selfSigned(commonName, pair));
        } catch (Exception e) {
            throw new IllegalStateException("could not generate the stub's RSA key", e);
        }
    }

    private static X509Certificate selfSigned(String commonName, KeyPair pair) throws Exception {
        X500Name subject = new X500Name("CN=" + commonName + ",OU=NOT FOR PRODUCTION,O=clave-idp-stub,C=ES");
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, RANDOM),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(730))), subject,
                pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    }

    /**
     * A private key and its certificate.
     *
     * @param privateKey  the private key
     * @param certificate the matching certificate
     */
    public record KeyAndCertificate(PrivateKey privateKey, X509Certificate certificate) {
        @Override
        public String toString() {
            return "KeyAndCertificate[" + certificate.getSubjectX500Principal().getName() + "]";
        }
    }
}
