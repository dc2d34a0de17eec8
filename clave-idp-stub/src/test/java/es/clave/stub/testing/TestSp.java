package es.clave.stub.testing;

import es.clave.stub.trust.StubKeys;
import es.clave.stub.trust.StubKeys.KeyAndCertificate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** TEST-ONLY service-provider keys, generated at test time and cached per JVM. */
public final class TestSp {

    /** The test SP code (the public pre-production one). */
    public static final String SP_CODE = "21114293V_E04975701";
    /** The test ACS URL. */
    public static final String ACS = "https://sp.example.es/clave/acs";

    private static final Map<String, KeyAndCertificate> KEYS = new ConcurrentHashMap<>();

    private TestSp() {
    }

    /** @return the TEST-ONLY key named {@code name} */
    public static KeyAndCertificate key(String name) {
        return KEYS.computeIfAbsent(name, n -> StubKeys.generate("TEST-ONLY " + n));
    }

    /** @return the default TEST-ONLY SP signing key */
    public static KeyAndCertificate signing() {
        return key("sp-signing");
    }
}
