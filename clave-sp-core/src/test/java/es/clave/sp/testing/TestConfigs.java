package es.clave.sp.testing;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.keys.SpCredential;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** TEST-ONLY configurations built from {@link TestCredentials}. */
public final class TestConfigs {

    /** The public pre-production test SP code (protocol §6). */
    public static final String SP_CODE = "21114293V_E04975701";
    /** ACS URL used by test configurations. */
    public static final String ACS = "https://sp.example.es/clave/acs";

    private TestConfigs() {
    }

    /** @return a builder with every required value set: PRE, test SP code, 2048-bit RSA signing key */
    public static ClaveSpConfig.Builder validBuilder() {
        return ClaveSpConfig.builder()
                .spCode(SP_CODE)
                .applicationName("clave-sp tests")
                .acsUrl(ACS)
                .signingCredential(TestCredentials.rsa("sp", 2048))
                .addTrustedCertificate(TestCredentials.rsa("clave", 2048).certificate());
    }

    /** @return {@link #validBuilder()} built */
    public static ClaveSpConfig valid() {
        return validBuilder().build();
    }

    /**
     * @param dir     where the keystore and certificate files are written
     * @param signing the SP's signing key (stored in a PKCS#12 file, password {@code pw})
     * @param clave   the trusted Cl@ve certificate's owner
     * @return the smallest valid {@code clave.*} properties, as a mutable map
     */
    public static Map<String, String> minimalProperties(Path dir, SpCredential signing, SpCredential clave)
            throws IOException {
        Map<String, String> p = new HashMap<>();
        p.put("clave.sp.code", SP_CODE);
        p.put("clave.sp.application", "tests");
        p.put("clave.sp.acs-url", ACS);
        p.put("clave.sp.signing.key-store", KeyFiles.keyStore(dir.resolve("sp.p12"), "PKCS12", signing, "pw", "sp", "pw").toString());
        p.put("clave.sp.signing.key-store-password", "pw");
        try {
            p.put("clave.trust.certificates", Files.write(dir.resolve("clave.cer"), clave.certificate().getEncoded()).toString());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }
}
