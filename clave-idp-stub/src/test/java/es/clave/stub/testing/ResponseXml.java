package es.clave.stub.testing;

import es.clave.stub.xml.Dom;
import es.clave.stub.xml.Ns;
import es.clave.stub.xml.SecureXml;
import es.clave.stub.xml.XmlSigner;
import org.apache.xml.security.signature.XMLSignature;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Reads a posted SAMLResponse in tests: decode, parse, verify signatures, read attributes. */
public final class ResponseXml {

    private final Element root;

    private ResponseXml(Element root) {
        this.root = root;
    }

    /** @return the parsed Base64 {@code SAMLResponse} */
    public static ResponseXml decode(String base64) {
        return new ResponseXml(SecureXml.parse(Base64.getDecoder().decode(base64)).getDocumentElement());
    }

    /** @return the root element */
    public Element root() {
        return root;
    }

    /** @return the top-level status code */
    public String statusCode() {
        return Dom.child(root, Ns.SAMLP, "Status").flatMap(s -> Dom.child(s, Ns.SAMLP, "StatusCode"))
                .map(e -> e.getAttribute("Value")).orElse(null);
    }

    /** @return the second-level status code, or null */
    public String subStatusCode() {
        return Dom.child(root, Ns.SAMLP, "Status").flatMap(s -> Dom.child(s, Ns.SAMLP, "StatusCode"))
                .flatMap(s -> Dom.child(s, Ns.SAMLP, "StatusCode")).map(e -> e.getAttribute("Value")).orElse(null);
    }

    /** @return the status message, or null */
    public String statusMessage() {
        return Dom.child(root, Ns.SAMLP, "Status").flatMap(s -> Dom.child(s, Ns.SAMLP, "StatusMessage"))
                .map(Element::getTextContent).orElse(null);
    }

    /** @return the plaintext assertion, if any */
    public Optional<Element> assertion() {
        return Dom.child(root, Ns.SAML, "Assertion");
    }

    /** @return whether {@code element}'s enveloped signature validates with {@code cert} */
    public static boolean signatureValid(Element element, X509Certificate cert) {
        XmlSigner.init();
        try {
            element.setIdAttributeNS(null, "ID", true);
            Element sig = Dom.child(element, Ns.DS, "Signature").orElse(null);
            return sig != null && new XMLSignature(sig, "", true).checkSignatureValue(cert.getPublicKey());
        } catch (Exception e) {
            return false;
        }
    }

    /** @return the values of the assertion attribute with FriendlyName {@code friendlyName} */
    public List<String> attribute(String friendlyName) {
        List<String> out = new ArrayList<>();
        assertion().flatMap(a -> Dom.child(a, Ns.SAML, "AttributeStatement")).ifPresent(st -> {
            for (Element attr : Dom.children(st, Ns.SAML, "Attribute")) {
                if (friendlyName.equals(attr.getAttribute("FriendlyName"))) {
                    Dom.children(attr, Ns.SAML, "AttributeValue").forEach(v -> out.add(v.getTextContent()));
                }
            }
        });
        return out;
    }

    /** @return the decoded XML text of a Base64 field */
    public static String text(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
