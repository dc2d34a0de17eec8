package es.clave.stub.xml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small DOM helpers: namespace-exact child lookup and element creation. */
public final class Dom {

    private Dom() {
    }

    /** @return the element children of {@code parent} */
    public static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** @return the children of {@code parent} named {@code ns}:{@code local} */
    public static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        for (Element e : children(parent)) {
            if (is(e, ns, local)) {
                out.add(e);
            }
        }
        return out;
    }

    /** @return the first child of {@code parent} named {@code ns}:{@code local} */
    public static Optional<Element> child(Element parent, String ns, String local) {
        if (parent == null) {
            return Optional.empty();
        }
        for (Element e : children(parent)) {
            if (is(e, ns, local)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** @return whether {@code e} is {@code ns}:{@code local} */
    public static boolean is(Element e, String ns, String local) {
        return e != null && ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName());
    }

    /** @return the attribute value, or null when absent (DOM returns "" for absent attributes) */
    public static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    /** Creates {@code prefix:local} in {@code ns} and appends it to {@code parent}. */
    public static Element append(Element parent, String ns, String qualifiedName) {
        Element e = parent.getOwnerDocument().createElementNS(ns, qualifiedName);
        parent.appendChild(e);
        return e;
    }

    /** Creates {@code prefix:local} in {@code ns} with text {@code text} and appends it to {@code parent}. */
    public static Element appendText(Element parent, String ns, String qualifiedName, String text) {
        Element e = append(parent, ns, qualifiedName);
        e.setTextContent(text);
        return e;
    }

    /** Creates a root element in a new document. */
    public static Element newRoot(String ns, String qualifiedName) {
        Document d = SecureXml.newDocument();
        Element root = d.createElementNS(ns, qualifiedName);
        d.appendChild(root);
        return root;
    }

    /** Declares {@code prefix} for {@code ns} on {@code e}. */
    public static void declare(Element e, String prefix, String ns) {
        e.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:" + prefix, ns);
    }
}
