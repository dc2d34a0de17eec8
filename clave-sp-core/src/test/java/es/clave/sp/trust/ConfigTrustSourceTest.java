package es.clave.sp.trust;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.testing.TestCredentials;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The integration point the response pipeline reads: {@code ClaveSpConfig.trustSource()}. */
class ConfigTrustSourceTest {

    private static ClaveSpConfig.Builder base() {
        return ClaveSpConfig.builder()
                .spCode("21114293V_E04975701")
                .applicationName("trust tests")
                .acsUrl("https://sp.example.es/clave/acs")
                .signingCredential(TestCredentials.rsa("sp-signing", 2048));
    }

    @Test
    @DisplayName("RSP-2 without a trust source the pipeline trusts exactly the configured certificates")
    void trustSourceWhenNoneSetThenConfiguredCertificates() {
        X509Certificate a = TestCredentials.rsa("clave-a", 2048).certificate();
        ClaveSpConfig config = base().addTrustedCertificate(a).build();
        assertEquals(List.of(a), config.trustSource().current());
    }

    @Test
    @DisplayName("RSP-2 with a trust source the configured certificates stay trusted and the source's current set is added, read on each call")
    void trustSourceWhenSetThenUnionReadEachTime() {
        X509Certificate a = TestCredentials.rsa("clave-a", 2048).certificate();
        X509Certificate b = TestCredentials.rsa("clave-b", 2048).certificate();
        List<X509Certificate> dynamic = new ArrayList<>();
        ClaveSpConfig config = base().addTrustedCertificate(a).trustSource(() -> List.copyOf(dynamic)).build();
        assertEquals(List.of(a), config.trustSource().current());
        dynamic.add(b);
        dynamic.add(a);
        assertEquals(List.of(a, b), config.trustSource().current());
    }
}
