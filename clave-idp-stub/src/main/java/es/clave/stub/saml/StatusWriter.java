package es.clave.stub.saml;

import es.clave.stub.Failure;
import es.clave.stub.xml.Dom;
import es.clave.stub.xml.Ns;
import org.w3c.dom.Element;

/** Writes {@code saml2p:Status} (RSP-6, LGO-2). */
final class StatusWriter {

    private StatusWriter() {
    }

    /** Appends a Status with {@code code}, optional {@code subCode} and {@code message}. */
    static Element write(Element parent, String code, String subCode, String message) {
        Element status = Dom.append(parent, Ns.SAMLP, "saml2p:Status");
        Element top = Dom.append(status, Ns.SAMLP, "saml2p:StatusCode");
        top.setAttribute("Value", code);
        if (subCode != null) {
            Dom.append(top, Ns.SAMLP, "saml2p:StatusCode").setAttribute("Value", subCode);
        }
        if (message != null) {
            Dom.appendText(status, Ns.SAMLP, "saml2p:StatusMessage", message);
        }
        return status;
    }

    /** Appends a Success status, with the StatusMessage Cl@ve sends. */
    static Element success(Element parent) {
        return write(parent, Failure.Status.SUCCESS, null, Failure.Status.SUCCESS);
    }
}
