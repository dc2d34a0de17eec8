package es.clave.sp.response;

import es.clave.sp.error.ClaveError;
import es.clave.sp.internal.saml.encryption.AssertionDecrypter;

/**
 * RSP-3 / SEC-E1…E5: opens an {@code EncryptedAssertion} with the configured decryption keys (tried
 * in order for key rollover); a plaintext assertion passes through. The decrypted assertion is
 * parsed with the same limits and goes through the same signature rules as any other.
 */
final class AssertionDecryptionStep implements ResponseCheck {
    @Override
    public void apply(ResponseContext ctx) {
        if (!ctx.encrypted) {
            ctx.assertion = ctx.assertionCarrier;
            return;
        }
        if (ctx.config.decryptionCredentials().isEmpty()) {
            throw Failures.fail(ClaveError.DECRYPTION_FAILED, "an encrypted assertion arrived but no decryption key is configured");
        }
        ctx.assertion = AssertionDecrypter.decrypt(ctx.assertionCarrier, ctx.config.decryptionCredentials());
    }
}
