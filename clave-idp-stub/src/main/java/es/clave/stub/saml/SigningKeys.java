package es.clave.stub.saml;

import es.clave.stub.trust.StubKeys;
import es.clave.stub.trust.StubKeys.KeyAndCertificate;

import java.util.function.Supplier;

/**
 * The keys a response writer needs: the gateway's own signing key, plus keys generated only when
 * a failure needs them (an untrusted signer, a wrong encryption recipient).
 *
 * @param signing        the key responses are signed with
 * @param untrusted      supplies a key no SP trusts
 * @param wrongRecipient supplies a key no SP can decrypt with
 */
public record SigningKeys(KeyAndCertificate signing, Supplier<KeyAndCertificate> untrusted,
                          Supplier<KeyAndCertificate> wrongRecipient) {

    /** @return keys using {@code signing} and the JVM-wide generated extra keys */
    public static SigningKeys of(KeyAndCertificate signing) {
        return new SigningKeys(signing, () -> StubKeys.generated(StubKeys.UNTRUSTED),
                () -> StubKeys.generated(StubKeys.WRONG_RECIPIENT));
    }
}
