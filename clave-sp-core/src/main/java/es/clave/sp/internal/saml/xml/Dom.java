package es.clave.sp.internal.saml.xml;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Namespace-exact navigation over the one DOM the pipeline verifies and consumes (SEC-X5, SEC-X6).
 * Only direct children are ever looked at: nothing is searched "anywhere in the document", so an
 * element hidden in {@code Extensions}, {@code Advice} or {@code ds:Object} is never picked up (SEC-W9).
 */
public final class Dom {
    private Dom() {
    }

    /** @return whether {@code node} is an element named {@code ns}:{@code local} */
    public static boolean is(Node node, String ns, String local) {
        return node != null && node.getNodeType() == Node.ELEMENT_NODE
                && local.equals(node.getLocalName()) && ns.equals(node.getNamespaceURI());
    }

    /** @return the direct element children of {@code parent} named {@code ns}:{@code local}, in order */
    public static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>(2);
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, ns, local)) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /** @return every direct element child of {@code parent}, in order */
    public static List<Element> elementChildren(Element parent) {
        List<Element> out = new ArrayList<>(4);
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /** @return the first direct child named {@code ns}:{@code local}, or null */
    public static Element first(Element parent, String ns, String local) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, ns, local)) {
                return (Element) n;
            }
        }
        return null;
    }

    /**
     * @return the only direct child named {@code ns}:{@code local}, or null when there is none
     * @throws ClaveAuthenticationException {@code onDuplicate} when there are several
     */
    public static Element optionalSingle(Element parent, String ns, String local, ClaveError onDuplicate) {
        Element found = null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, ns, local)) {
                if (found != null) {
                    throw new ClaveAuthenticationException(onDuplicate, "more than one " + local + " in " + parent.getLocalName());
                }
                found = (Element) n;
            }
        }
        return found;
    }

    /**
     * @return the only direct child named {@code ns}:{@code local}
     * @throws ClaveAuthenticationException {@code error} when it is missing or repeated
     */
    public static Element single(Element parent, String ns, String local, ClaveError error) {
        Element e = optionalSingle(parent, ns, local, error);
        if (e == null) {
            throw new ClaveAuthenticationException(error, "missing " + local + " in " + parent.getLocalName());
        }
        return e;
    }

    /** @return the value of the un-namespaced attribute {@code name}, or null when absent */
    public static String attr(Element e, String name) {
        Attr a = e.getAttributeNodeNS(null, name);
        return a == null ? null : a.getValue();
    }

    /** @return the text of {@code e} (comments are already dropped and CDATA coalesced by the parser) */
    public static String text(Element e) {
        return e == null ? null : e.getTextContent();
    }
}
