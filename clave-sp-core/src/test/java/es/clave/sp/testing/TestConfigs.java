package es.clave.sp.testing;

import es.clave.sp.config.ClaveSpConfig;

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
}
