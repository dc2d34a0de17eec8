package es.clave.sp.response;

import es.clave.sp.error.ClaveError;
import es.clave.sp.internal.saml.xml.Dom;

/**
 * RSP-1 / SEC-P1 / SEC-P3 / SEC-P6: InResponseTo is the pending request's ID, Destination is
 * exactly the configured ACS URL string (never derived from the HTTP request), and the issuer is
 * the pinned gateway issuer when one is configured.
 */
final class ResponseEnvelopeCheck implements ResponseCheck {
    @Override
    public void apply(ResponseContext ctx) {
        String inResponseTo = Dom.attr(ctx.response, "InResponseTo");
        if (inResponseTo == null || !inResponseTo.equals(ctx.pending.requestId())) {
            throw Failures.fail(ClaveError.IN_RESPONSE_TO_MISMATCH,
                    "Response InResponseTo '" + inResponseTo + "' is not the pending request ID");
        }
        String destination = Dom.attr(ctx.response, "Destination");
        String acs = ctx.config.acsUrl().toString();
        if (!acs.equals(destination)) {
            throw Failures.fail(ClaveError.WRONG_DESTINATION, "Destination '" + destination + "' is not '" + acs + "'");
        }
        IssuerRules.checkPinned(ctx.config.gatewayIssuer(), ctx.responseIssuer, "Response");
    }
}
