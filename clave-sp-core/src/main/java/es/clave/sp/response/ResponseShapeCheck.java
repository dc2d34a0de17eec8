package es.clave.sp.response;

import es.clave.sp.error.ClaveError;
import es.clave.sp.internal.saml.xml.Dom;
import es.clave.sp.internal.saml.xml.XmlValues;
import org.w3c.dom.Element;

import static es.clave.sp.internal.saml.xml.XmlNames.SAML;
import static es.clave.sp.internal.saml.xml.XmlNames.SAMLP;

/**
 * RSP-1 / SEC-X6 / SEC-P2 / SEC-P6: the document is a {@code samlp:Response} (namespace-exact),
 * Version 2.0, with an ID that is an xsd:ID as written and an IssueInstant. Reads the Response
 * issuer, whose Format, when present, must be entity.
 */
final class ResponseShapeCheck implements ResponseCheck {
    @Override
    public void apply(ResponseContext ctx) {
        Element root = ctx.response;
        if (!Dom.is(root, SAMLP, "Response")) {
            throw Failures.fail(ClaveError.MALFORMED_RESPONSE,
                    "the root element is {" + root.getNamespaceURI() + "}" + root.getLocalName() + ", not a SAML 2.0 Response");
        }
        ctx.responseId = requireIdAndVersion(root, "Response");
        ctx.responseIssueInstant = requiredInstant(root, "Response");
        Element issuer = Dom.optionalSingle(root, SAML, "Issuer", ClaveError.MALFORMED_RESPONSE);
        ctx.responseIssuer = issuer == null ? null : IssuerRules.value(issuer, "Response");
    }

    /** @return the ID of a SAML Response or Assertion after checking Version 2.0 and the ID's shape (ID_INVALID) */
    static String requireIdAndVersion(Element e, String what) {
        if (!"2.0".equals(Dom.attr(e, "Version"))) {
            throw Failures.fail(ClaveError.MALFORMED_RESPONSE, what + " Version is not 2.0");
        }
        String id = Dom.attr(e, "ID");
        if (id == null || id.isEmpty()) {
            throw Failures.fail(ClaveError.MALFORMED_RESPONSE, what + " has no ID");
        }
        return XmlValues.ncName(id, what + " ID");
    }

    static java.time.Instant requiredInstant(Element e, String what) {
        String v = Dom.attr(e, "IssueInstant");
        if (v == null) {
            throw Failures.fail(ClaveError.MALFORMED_RESPONSE, what + " has no IssueInstant");
        }
        return XmlValues.instant(v, what + " IssueInstant");
    }
}
