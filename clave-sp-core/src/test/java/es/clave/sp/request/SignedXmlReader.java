package es.clave.sp.request;

import org.apache.xml.security.signature.XMLSignature;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Independent reader for produced requests: a hardened JAXP DOM parser and Apache Santuario's
 * signature verification, sharing no code with the writers under test.
 */
final class SignedXmlReader {

    static final String DS = "http://www.w3.org/2000/09/xmldsig#";

    static {
        org.apache.xml.security.Init.init();
    }

    private SignedXmlReader() {
    }

    /** @return the Base64 field decoded (plain Base64, no DEFLATE: BND-1) and parsed */
    static Document parseBase64(String field) {
        return parse(Base64.getDecoder().decode(field));
    }

    static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("request is not well-formed XML", e);
        }
    }

    /**
     * Verifies the root's enveloped signature with Santuario against {@code certificate}, after
     * registering the root ID attribute.
     *
     * @return whether the signature value and reference digest are valid
     */
    static boolean verify(Document doc, X509Certificate certificate) {
        try {
            Element root = doc.getDocumentElement();
            root.setIdAttributeNS(null, "ID", true);
            Element sig = (Element) root.getElementsByTagNameNS(DS, "Signature").item(0);
            XMLSignature signature = new XMLSignature(sig, "");
            return signature.checkSignatureValue(certificate);
        } catch (Exception e) {
            return false;
        }
    }

    /** @return element children of {@code parent}, in document order */
    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** @return the single element child of {@code parent} with this namespace and local name */
    static Element child(Element parent, String ns, String localName) {
        List<Element> found = children(parent).stream()
                .filter(e -> ns.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName()))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + localName + " under " + parent.getLocalName() + ", found " + found.size());
        }
        return found.get(0);
    }
}
