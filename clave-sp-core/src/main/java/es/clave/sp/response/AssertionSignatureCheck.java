package es.clave.sp.response;

import es.clave.sp.internal.saml.signature.EnvelopedSignatureVerifier;

/**
 * RSP-4: an assertion that carries a signature must validate with a trusted key under the same
 * allow-lists, referencing the assertion itself. An unsigned assertion is acceptable because the
 * enclosing Response signature (RSP-2) already covers it.
 */
final class AssertionSignatureCheck implements ResponseCheck {
    @Override
    public void apply(ResponseContext ctx) {
        EnvelopedSignatureVerifier.verifyIfPresent(ctx.assertion, ctx.trusted);
    }
}
