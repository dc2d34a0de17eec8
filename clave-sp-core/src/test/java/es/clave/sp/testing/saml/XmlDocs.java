package es.clave.sp.testing.saml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * TEST-ONLY DOM plumbing for the fixtures: a plain JDK parser/serializer, independent of the
 * production {@code SecureXmlParser}, plus helpers for mutating messages.
 */
public final class XmlDocs {
    public static final String SAMLP = "urn:oasis:names:tc:SAML:2.0:protocol";
    public static final String SAML = "urn:oasis:names:tc:SAML:2.0:assertion";
    public static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    public static final String XENC = "http://www.w3.org/2001/04/xmlenc#";
    public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    public static final String EIDAS_NATURAL = "http://eidas.europa.eu/attributes/naturalperson";

    private XmlDocs() {
    }

    /** @return a new empty namespace-aware document */
    public static Document newDocument() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            return f.newDocumentBuilder().newDocument();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses XML the fixtures produced (or hand-written test XML) with a plain parser. */
    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            registerIds(d);
            return d;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return {@code doc} serialized as UTF-8 XML without declaration */
    public static String toXml(Node node) {
        try {
            Transformer t = TransformerFactory.newDefaultInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(node), new StreamResult(out));
            return out.toString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the HTTP-POST field value for {@code xml} */
    public static String base64(String xml) {
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the HTTP-POST field value for {@code doc} */
    public static String base64(Document doc) {
        return base64(toXml(doc));
    }

    /** Marks every {@code ID} attribute as a DOM ID so Santuario can resolve {@code #id} references. */
    public static void registerIds(Document doc) {
        for (Element e : all(doc.getDocumentElement())) {
            if (e.hasAttributeNS(null, "ID")) {
                e.setIdAttributeNS(null, "ID", true);
            }
        }
    }

    /** @return {@code root} and all its descendant elements, document order */
    public static List<Element> all(Element root) {
        List<Element> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Element e, List<Element> out) {
        out.add(e);
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                collect(c, out);
            }
        }
    }

    /** @return the first descendant (or self) named ns:local, or null */
    public static Element find(Node root, String ns, String local) {
        Element start = root instanceof Document d ? d.getDocumentElement() : (Element) root;
        for (Element e : all(start)) {
            if (local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    /** @return the direct children of {@code parent} named ns:local */
    public static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && local.equals(c.getLocalName()) && ns.equals(c.getNamespaceURI())) {
                out.add(c);
            }
        }
        return out;
    }

    /** @return the direct child of {@code parent} named ns:local, or null */
    public static Element child(Element parent, String ns, String local) {
        List<Element> c = children(parent, ns, local);
        return c.isEmpty() ? null : c.get(0);
    }

    /** @return the saml2:Attribute element of the given Name anywhere under {@code root}, or null */
    public static Element attribute(Node root, String name) {
        Element start = root instanceof Document d ? d.getDocumentElement() : (Element) root;
        for (Element e : all(start)) {
            if ("Attribute".equals(e.getLocalName()) && SAML.equals(e.getNamespaceURI()) && name.equals(e.getAttribute("Name"))) {
                return e;
            }
        }
        return null;
    }

    /** Copies the namespace declarations in scope at {@code from} onto {@code to} (for moved subtrees). */
    public static void copyNamespaces(Element from, Element to) {
        for (Node n = from; n instanceof Element e; n = n.getParentNode()) {
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Node a = attrs.item(i);
                if ("http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI()) && !to.hasAttributeNS(a.getNamespaceURI(), a.getLocalName())) {
                    to.setAttributeNS(a.getNamespaceURI(), a.getNodeName(), a.getNodeValue());
                }
            }
        }
    }
}
