package es.clave.sp.testing.saml;

import es.clave.sp.logout.PendingLogout;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static es.clave.sp.testing.saml.XmlDocs.SAML;
import static es.clave.sp.testing.saml.XmlDocs.SAMLP;

/** TEST-ONLY builder of the gateway's signed {@code saml2p:LogoutResponse} (LGO-2). */
public final class LogoutResponseBuilder {
    public String id = ResponseTestSetup.randomId();
    public String inResponseTo;
    public String destination = ResponseTestSetup.LOGOUT_RETURN;
    public String issuer = ResponseTestSetup.GATEWAY_ISSUER;
    public Instant issueInstant;
    public String statusCode = ClaveResponseBuilder.SUCCESS;
    public String statusMessage;
    public boolean sign = true;
    public XmlSigner.Options signature = XmlSigner.Options.standard(
            ResponseTestSetup.gateway().privateKey(), ResponseTestSetup.gateway().certificate());

    /** A successful answer to {@code pending}, issued just before {@code now}. */
    public static LogoutResponseBuilder forLogout(PendingLogout pending, Instant now) {
        LogoutResponseBuilder b = new LogoutResponseBuilder();
        b.inResponseTo = pending.requestId();
        b.issueInstant = now.minusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
        return b;
    }

    /** @return the Base64 {@code logoutResponse} field */
    public String buildBase64() {
        Document doc = XmlDocs.newDocument();
        Element root = doc.createElementNS(SAMLP, "saml2p:LogoutResponse");
        doc.appendChild(root);
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:saml2p", SAMLP);
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:saml2", SAML);
        root.setAttribute("ID", id);
        root.setAttribute("Version", "2.0");
        root.setAttribute("IssueInstant", issueInstant.toString());
        if (destination != null) {
            root.setAttribute("Destination", destination);
        }
        if (inResponseTo != null) {
            root.setAttribute("InResponseTo", inResponseTo);
        }
        Element iss = doc.createElementNS(SAML, "saml2:Issuer");
        iss.setTextContent(issuer);
        root.appendChild(iss);
        Element status = doc.createElementNS(SAMLP, "saml2p:Status");
        root.appendChild(status);
        Element code = doc.createElementNS(SAMLP, "saml2p:StatusCode");
        code.setAttribute("Value", statusCode);
        status.appendChild(code);
        if (statusMessage != null) {
            Element msg = doc.createElementNS(SAMLP, "saml2p:StatusMessage");
            msg.setTextContent(statusMessage);
            status.appendChild(msg);
        }
        if (sign) {
            XmlSigner.sign(root, signature);
        }
        return XmlDocs.base64(doc);
    }
}
