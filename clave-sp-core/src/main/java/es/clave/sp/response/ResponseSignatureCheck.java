package es.clave.sp.response;

import es.clave.sp.error.ClaveError;
import es.clave.sp.internal.saml.signature.EnvelopedSignatureVerifier;

/**
 * RSP-2 / RSP-5 / SEC-W1…W12 / SEC-S1…S3: the Response carries its own enveloped signature, made
 * with a trusted Cl@ve key and allowed algorithms, referencing the Response itself. Everything the
 * pipeline consumes afterwards lies inside this verified element.
 */
final class ResponseSignatureCheck implements ResponseCheck {
    @Override
    public void apply(ResponseContext ctx) {
        if (!EnvelopedSignatureVerifier.verifyIfPresent(ctx.response, ctx.trusted)) {
            throw Failures.fail(ClaveError.SIGNATURE_MISSING, "the Response carries no signature of its own");
        }
    }
}
