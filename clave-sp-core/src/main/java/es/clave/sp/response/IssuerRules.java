package es.clave.sp.response;

import es.clave.sp.error.ClaveError;
import es.clave.sp.internal.saml.xml.Dom;
import es.clave.sp.text.XmlTokens;
import org.w3c.dom.Element;

/** RSP-1 / SEC-P6: issuer reading and comparisons shared by the Response, Assertion and LogoutResponse checks. */
final class IssuerRules {
    /** The only Issuer Format accepted; an Issuer without Format means this one (SAML core §2.2.5). */
    static final String ENTITY_FORMAT = "urn:oasis:names:tc:SAML:2.0:nameid-format:entity";

    private IssuerRules() {
    }

    /**
     * @return the issuer's entity id, XML whitespace collapsed (it is a URI)
     * @throws es.clave.sp.error.ClaveAuthenticationException ISSUER_FORMAT_INVALID when a Format other than entity is given
     */
    static String value(Element issuer, String what) {
        String format = Dom.attr(issuer, "Format");
        if (format != null && !XmlTokens.sameUri(format, ENTITY_FORMAT)) {
            throw Failures.fail(ClaveError.ISSUER_FORMAT_INVALID, what + " Issuer Format '" + format + "' is not " + ENTITY_FORMAT);
        }
        return XmlTokens.collapse(Dom.text(issuer));
    }

    /** A present issuer must equal the pinned one; with nothing pinned any issuer is accepted. */
    static void checkPinned(String pinned, String actual, String what) {
        if (pinned != null && actual != null && !XmlTokens.sameUri(actual, pinned)) {
            throw Failures.fail(ClaveError.ISSUER_MISMATCH, what + " issuer '" + actual + "' is not the pinned '" + pinned + "'");
        }
    }
}
