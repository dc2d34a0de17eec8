package es.clave.stub.http;

import es.clave.stub.trust.Certificates;
import es.clave.stub.xml.Dom;
import es.clave.stub.xml.Ns;
import es.clave.stub.xml.SecureXml;
import org.w3c.dom.Element;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The certificate feed of BND-5: {@code md:KeyDescriptor} elements with a {@code use} attribute and
 * {@code ds:KeyInfo} holding {@code ds:KeyName} and {@code ds:X509Data/ds:X509Certificate}.
 */
final class CertificateFeed {

    private CertificateFeed() {
    }

    static String xml(List<X509Certificate> signing) {
        Element root = Dom.newRoot(null, "Certificates");
        Dom.declare(root, "md", Ns.MD);
        Dom.declare(root, "ds", Ns.DS);
        int n = 0;
        for (X509Certificate c : signing) {
            Element descriptor = Dom.append(root, Ns.MD, "md:KeyDescriptor");
            descriptor.setAttribute("use", "signing");
            Element keyInfo = Dom.append(descriptor, Ns.DS, "ds:KeyInfo");
            Dom.appendText(keyInfo, Ns.DS, "ds:KeyName", "clave-idp-stub-signing-" + (++n));
            Element data = Dom.append(keyInfo, Ns.DS, "ds:X509Data");
            Dom.appendText(data, Ns.DS, "ds:X509Certificate", Certificates.toBase64(c));
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SecureXml.toString(root) + "\n";
    }
}
