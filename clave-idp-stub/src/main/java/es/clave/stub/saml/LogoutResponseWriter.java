package es.clave.stub.saml;

import es.clave.stub.Failure;
import es.clave.stub.xml.Dom;
import es.clave.stub.xml.Ns;
import es.clave.stub.xml.SecureXml;
import es.clave.stub.xml.XmlSigner;
import org.w3c.dom.Element;

import java.time.Instant;

/** Writes the signed {@code saml2p:LogoutResponse} of LGO-2. */
public final class LogoutResponseWriter {

    private final SigningKeys keys;

    /** @param keys the gateway's keys */
    public LogoutResponseWriter(SigningKeys keys) {
        this.keys = keys;
    }

    /**
     * @param inResponseTo the LogoutRequest ID
     * @param destination  where it is posted (the LogoutRequest's Issuer)
     * @param issuer       the gateway's issuer
     * @param errorMessage null for success, else the Requester status message
     * @return the serialised LogoutResponse
     */
    public String write(String inResponseTo, String destination, String issuer, String errorMessage, Instant now) {
        Element response = Dom.newRoot(Ns.SAMLP, "saml2p:LogoutResponse");
        Dom.declare(response, "saml2p", Ns.SAMLP);
        Dom.declare(response, "saml2", Ns.SAML);
        response.setAttribute("Destination", destination);
        response.setAttribute("ID", Ids.newId());
        if (inResponseTo != null) {
            response.setAttribute("InResponseTo", inResponseTo);
        }
        response.setAttribute("IssueInstant", Ids.time(now));
        response.setAttribute("Version", "2.0");
        Dom.appendText(response, Ns.SAML, "saml2:Issuer", issuer).setAttribute("Format", Ns.NAMEID_ENTITY);
        if (errorMessage == null) {
            StatusWriter.success(response);
        } else {
            StatusWriter.write(response, Failure.Status.REQUESTER, "urn:oasis:names:tc:SAML:2.0:status:RequestUnsupported", errorMessage);
        }
        XmlSigner.sign(response, keys.signing().privateKey(), keys.signing().certificate());
        return SecureXml.toString(response.getOwnerDocument());
    }
}
