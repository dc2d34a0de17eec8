package es.clave.stub.saml;

import es.clave.stub.xml.Dom;
import es.clave.stub.xml.Ns;
import org.w3c.dom.Element;

/** Post-signature attacks of the failure catalogue (SEC-W1, RSP-2). */
final class Tampering {

    /** Identifier the forged assertion of the wrapping attack claims. */
    static final String FORGED_IDENTIFIER = "00000000T";

    private Tampering() {
    }

    /** Changes a signed value (the StatusMessage) so the Response's digest no longer matches. */
    static void breakSignature(Element response) {
        Element status = Dom.child(response, Ns.SAMLP, "Status").orElseThrow();
        Element message = Dom.child(status, Ns.SAMLP, "StatusMessage").orElseThrow();
        message.setTextContent(message.getTextContent() + " (changed after signing)");
    }

    /**
     * XSW layout 1: the signed Response moves, untouched, into a {@code ds:Object} of its own
     * signature; the outer Response gets a new ID and a forged, unsigned assertion.
     */
    static void wrap(Element response) {
        Element signature = Dom.child(response, Ns.DS, "Signature").orElseThrow();
        Element original = (Element) response.cloneNode(true);
        original.removeChild(Dom.child(original, Ns.DS, "Signature").orElseThrow());
        Element object = response.getOwnerDocument().createElementNS(Ns.DS, "ds:Object");
        object.appendChild(original);
        signature.appendChild(object);

        response.setAttribute("ID", Ids.newId());
        Element assertion = Dom.child(response, Ns.SAML, "Assertion")
                .or(() -> Dom.child(response, Ns.SAML, "EncryptedAssertion")).orElseThrow();
        Element forged = forgedAssertion(original, response);
        response.replaceChild(forged, assertion);
    }

    private static Element forgedAssertion(Element original, Element outer) {
        Element source = Dom.child(original, Ns.SAML, "Assertion").orElse(null);
        if (source == null) {
            // encrypted original: forge a minimal plaintext assertion
            Element forged = outer.getOwnerDocument().createElementNS(Ns.SAML, "saml2:Assertion");
            forged.setAttribute("ID", Ids.newId());
            forged.setAttribute("Version", "2.0");
            return forged;
        }
        Element forged = (Element) source.cloneNode(true);
        Dom.child(forged, Ns.DS, "Signature").ifPresent(forged::removeChild);
        forged.setAttribute("ID", Ids.newId());
        Dom.child(forged, Ns.SAML, "Subject").flatMap(s -> Dom.child(s, Ns.SAML, "NameID"))
                .ifPresent(n -> n.setTextContent(FORGED_IDENTIFIER));
        Dom.child(forged, Ns.SAML, "AttributeStatement").ifPresent(st -> Dom.children(st, Ns.SAML, "Attribute").forEach(attr -> {
            if (attr.getAttribute("Name").endsWith("/PersonIdentifier")) {
                Dom.children(attr, Ns.SAML, "AttributeValue").forEach(v -> v.setTextContent(FORGED_IDENTIFIER));
            }
        }));
        return forged;
    }
}
