package es.clave.sp.benchmarks;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.keys.SpCredential;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/** BENCHMARK-ONLY key material and configurations, generated at run time: never real keys. */
final class BenchmarkFixtures {

    static final String SP_CODE = "21114293V_E04975701";
    static final String ACS = "https://sp.example.es/clave/acs";
    static final String STORE_PASSWORD = "benchmark-only";

    private BenchmarkFixtures() {
    }

    static SpCredential rsa(String name, int bits) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(bits, new SecureRandom());
            KeyPair keys = g.generateKeyPair();
            X500Name subject = new X500Name("CN=" + name + ",OU=BENCHMARK ONLY,O=clave-sp,C=ES");
            Instant now = Instant.now();
            X509Certificate cert = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                    subject, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(365))), subject, keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            return SpCredential.of(keys.getPrivate(), cert, "benchmark:" + name);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a PRE configuration signing with {@code signing} */
    static ClaveSpConfig config(SpCredential signing) {
        return ClaveSpConfig.builder()
                .spCode(SP_CODE)
                .applicationName("benchmarks")
                .acsUrl(ACS)
                .signingCredential(signing)
                .addTrustedCertificate(rsa("clave", 2048).certificate())
                .build();
    }

    /**
     * Writes a PKCS#12 keystore, the same key as PEM files, a trusted certificate and two
     * properties files into {@code dir}: {@code clave.properties} (PKCS#12) and
     * {@code clave-pem.properties} (PEM).
     *
     * @return the PKCS#12 properties file
     */
    static Path writeProperties(Path dir) throws Exception {
        SpCredential sp = rsa("sp", 2048);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("sp", sp.privateKey(), STORE_PASSWORD.toCharArray(), new Certificate[]{sp.certificate()});
        Path store = dir.resolve("sp.p12");
        try (OutputStream out = Files.newOutputStream(store)) {
            ks.store(out, STORE_PASSWORD.toCharArray());
        }
        Path key = Files.writeString(dir.resolve("sp.key"), pem("PRIVATE KEY", sp.privateKey().getEncoded()));
        Path cert = Files.writeString(dir.resolve("sp.crt"), pem("CERTIFICATE", sp.certificate().getEncoded()));
        Path trust = Files.write(dir.resolve("clave.cer"), rsa("clave", 2048).certificate().getEncoded());
        String common = String.join("\n",
                "clave.environment=pre",
                "clave.sp.code=" + SP_CODE,
                "clave.sp.application=benchmarks",
                "clave.sp.acs-url=" + ACS,
                "clave.trust.certificates=" + trust.toAbsolutePath(),
                "");
        Files.writeString(dir.resolve("clave-pem.properties"), common
                + "clave.sp.signing.private-key=" + key.toAbsolutePath() + "\n"
                + "clave.sp.signing.certificate=" + cert.toAbsolutePath() + "\n");
        return Files.writeString(dir.resolve("clave.properties"), common
                + "clave.sp.signing.key-store=" + store.toAbsolutePath() + "\n"
                + "clave.sp.signing.key-store-password=" + STORE_PASSWORD + "\n");
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
