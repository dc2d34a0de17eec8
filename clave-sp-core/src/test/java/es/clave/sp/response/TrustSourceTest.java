package es.clave.sp.response;

import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.keys.SpCredential;
import es.clave.sp.testing.TestCredentials;
import es.clave.sp.testing.saml.ResponseTestSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * BND-5 / RSP-2: the pipeline validates against the configured trust source on every message, so
 * a certificate Cl@ve rotates in through the feed is trusted without a restart, and one that
 * leaves the source stops being trusted.
 */
class TrustSourceTest extends ResponseTestSupport {

    private final SpCredential rotated = TestCredentials.rsa("clave-gateway-rotated", 2048);
    private final List<X509Certificate> fromFeed = new CopyOnWriteArrayList<>();

    TrustSourceTest() {
        useConfig(ResponseTestSetup.config(b -> b.trustSource(() -> List.copyOf(fromFeed))));
    }

    @Test
    @DisplayName("BND-5 a response signed by a certificate only the trust source knows validates once the source offers it")
    void finishLoginWhenRotatedCertificateArrivesThroughSourceThenAccepted() {
        String signedByRotated = response().signedBy(rotated).buildBase64();
        assertRejected(ClaveError.UNTRUSTED_SIGNING_KEY, signedByRotated);

        fromFeed.add(rotated.certificate());
        ClaveIdentity identity = finish(response().signedBy(rotated).buildBase64());
        assertNotNull(identity.personIdentifier());
    }

    @Test
    @DisplayName("BND-5 a certificate that leaves the trust source is no longer trusted")
    void finishLoginWhenCertificateLeavesSourceThenUntrusted() {
        fromFeed.add(rotated.certificate());
        finish(response().signedBy(rotated).buildBase64());

        fromFeed.clear();
        assertRejected(ClaveError.UNTRUSTED_SIGNING_KEY, response().signedBy(rotated).buildBase64());
    }

    @Test
    @DisplayName("RSP-2 the certificates configured from files stay trusted beside the source")
    void finishLoginWhenSignedByConfiguredCertificateThenAcceptedWhateverTheSource() {
        assertNotNull(finish(response().buildBase64()).personIdentifier());
    }
}
