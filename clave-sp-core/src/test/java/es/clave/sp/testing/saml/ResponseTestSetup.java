package es.clave.sp.testing.saml;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.config.Environment;
import es.clave.sp.keys.SpCredential;
import es.clave.sp.login.ClientInfo;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.state.InMemoryReplayCache;
import es.clave.sp.state.ReplayCache;
import es.clave.sp.testing.TestCredentials;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * TEST-ONLY world for response tests: the gateway's and the SP's keys (generated at test time),
 * a complete SP configuration and pending logins.
 */
public final class ResponseTestSetup {
    public static final String ACS = "https://sp.example.es/clave/acs";
    public static final String LOGOUT_RETURN = "https://sp.example.es/clave/logout";
    public static final String GATEWAY_ISSUER = "https://se-pasarela.clave.gob.es/Proxy2/ServiceProvider";
    private static final SecureRandom RANDOM = new SecureRandom();

    private ResponseTestSetup() {
    }

    /** @return the TEST-ONLY key the fake gateway signs with (trusted by the SP) */
    public static SpCredential gateway() {
        return TestCredentials.rsa("clave-gateway", 2048);
    }

    /** @return a TEST-ONLY key nobody trusts */
    public static SpCredential attacker() {
        return TestCredentials.rsa("attacker", 2048);
    }

    /** @return the SP's TEST-ONLY decryption key */
    public static SpCredential spEncryption() {
        return TestCredentials.rsa("sp-encryption", 2048);
    }

    /** @return the SP's TEST-ONLY signing key */
    public static SpCredential spSigning() {
        return TestCredentials.rsa("sp-signing", 2048);
    }

    /** @return a complete builder (every required value set) trusting {@link #gateway()} */
    public static ClaveSpConfig.Builder configBuilder() {
        return ClaveSpConfig.builder()
                .environment(Environment.PRE)
                .spCode("21114293V_E04975701")
                .applicationName("tests")
                .acsUrl(ACS)
                .logoutReturnUrl(LOGOUT_RETURN)
                .signingCredential(spSigning())
                .addDecryptionCredential(spEncryption())
                .addTrustedCertificate(gateway().certificate());
    }

    /** @return the default test configuration */
    public static ClaveSpConfig config() {
        return configBuilder().build();
    }

    /** @return the default configuration changed by {@code change} */
    public static ClaveSpConfig config(Consumer<ClaveSpConfig.Builder> change) {
        ClaveSpConfig.Builder b = configBuilder();
        change.accept(b);
        return b.build();
    }

    /** @return an SP with {@code config} and a fresh in-memory replay cache */
    public static ClaveServiceProvider sp(ClaveSpConfig config) {
        return ClaveServiceProvider.create(config, new InMemoryReplayCache());
    }

    /** @return an SP with {@code config} and {@code cache} */
    public static ClaveServiceProvider sp(ClaveSpConfig config, ReplayCache cache) {
        return ClaveServiceProvider.create(config, cache);
    }

    /** @return a pending login issued 20 s before {@code now}, requesting {@code loa} */
    public static PendingLogin pending(Instant now, LevelOfAssurance loa) {
        return new PendingLogin(randomId(), "rs" + HexFormat.of().formatHex(bytes(12)), loa,
                IdentificationMethod.offerable(), false, now.minusSeconds(20).truncatedTo(ChronoUnit.MILLIS), null, null);
    }

    /** @return client info for a response received at {@code now} from 192.0.2.10 */
    public static ClientInfo client(Instant now) {
        return new ClientInfo("192.0.2.10", now);
    }

    /** @return an NCName ID with 128 bits of randomness */
    public static String randomId() {
        return "_" + HexFormat.of().formatHex(bytes(16));
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
