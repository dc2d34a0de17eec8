package es.clave.sp.response;

import es.clave.sp.error.ClaveError;
import es.clave.sp.internal.saml.xml.Dom;
import org.w3c.dom.Element;

import static es.clave.sp.internal.saml.xml.XmlNames.SAML;

/**
 * RSP-1 / SEC-P6 / SEC-X6 / SEC-P2: the consumed element is a {@code saml2:Assertion}, Version 2.0,
 * with an xsd:ID, IssueInstant and an entity Issuer; its issuer equals the Response issuer and the
 * pinned one.
 */
final class AssertionShapeCheck implements ResponseCheck {
    @Override
    public void apply(ResponseContext ctx) {
        Element a = ctx.assertion;
        if (!Dom.is(a, SAML, "Assertion")) {
            throw Failures.fail(ClaveError.MALFORMED_RESPONSE, "the decrypted element is not a SAML 2.0 Assertion");
        }
        ctx.assertionId = ResponseShapeCheck.requireIdAndVersion(a, "Assertion");
        ctx.assertionIssueInstant = ResponseShapeCheck.requiredInstant(a, "Assertion");
        Element issuer = Dom.single(a, SAML, "Issuer", ClaveError.MALFORMED_RESPONSE);
        ctx.assertionIssuer = IssuerRules.value(issuer, "Assertion");
        if (ctx.responseIssuer != null && !ctx.responseIssuer.equals(ctx.assertionIssuer)) {
            throw Failures.fail(ClaveError.ISSUER_MISMATCH, "Response issuer '" + ctx.responseIssuer
                    + "' and Assertion issuer '" + ctx.assertionIssuer + "' differ");
        }
        IssuerRules.checkPinned(ctx.config.gatewayIssuer(), ctx.assertionIssuer, "Assertion");
    }
}
