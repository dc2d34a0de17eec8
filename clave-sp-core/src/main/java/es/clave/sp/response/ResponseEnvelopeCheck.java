package es.clave.sp.response;

import es.clave.sp.error.ClaveError;
import es.clave.sp.internal.saml.xml.Dom;
import es.clave.sp.internal.saml.xml.XmlValues;
import es.clave.sp.text.XmlTokens;

/**
 * RSP-1 / SEC-P1 / SEC-P2 / SEC-P3 / SEC-P6: InResponseTo is an xsd:ID equal to the pending request's
 * ID, Destination is exactly the configured ACS URL string (never derived from the HTTP request;
 * XML whitespace collapsed as for every URI), and the issuer is the pinned gateway issuer when one
 * is configured.
 */
final class ResponseEnvelopeCheck implements ResponseCheck {
    @Override
    public void apply(ResponseContext ctx) {
        String inResponseTo = XmlValues.ncName(Dom.attr(ctx.response, "InResponseTo"), "Response InResponseTo");
        if (inResponseTo == null || !inResponseTo.equals(ctx.pending.requestId())) {
            throw Failures.fail(ClaveError.IN_RESPONSE_TO_MISMATCH,
                    "Response InResponseTo '" + inResponseTo + "' is not the pending request ID");
        }
        String destination = Dom.attr(ctx.response, "Destination");
        String acs = ctx.config.acsUrl().toString();
        if (!XmlTokens.sameUri(destination, acs)) {
            throw Failures.fail(ClaveError.WRONG_DESTINATION, "Destination '" + destination + "' is not '" + acs + "'");
        }
        IssuerRules.checkPinned(ctx.config.gatewayIssuer(), ctx.responseIssuer, "Response");
    }
}
