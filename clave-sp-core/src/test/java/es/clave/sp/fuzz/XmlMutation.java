package es.clave.sp.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.List;

import static es.clave.sp.testing.saml.XmlDocs.DS;

/**
 * One structure-aware edit of a SAML document: the target and destination are indexes into the
 * document's elements (taken modulo their count), so every generated value hits a real element.
 */
record XmlMutation(Op op, int target, int destination, String value) {

    enum Op { DROP, DUPLICATE, MOVE, SET_ATTRIBUTE, REMOVE_ATTRIBUTE, SET_TEXT }

    private static final List<String> VALUES = List.of("", " ", "0", "-1", "_evil", "87654321X",
            "2000-01-01T00:00:00Z", "2999-01-01T00:00:00Z", "urn:oasis:names:tc:SAML:2.0:status:Success",
            "https://evil.example/acs", "&amp;", "\u0000", "AAAA", "\uD83D\uDE00");

    static Arbitrary<XmlMutation> arbitrary() {
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of(VALUES), Arbitraries.strings().ofMaxLength(40)
                // a lone surrogate cannot be serialized at all, so no gateway could send it
                .filter(s -> s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF)));
        return Combinators.combine(Arbitraries.of(Op.class), Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, 999), value).as(XmlMutation::new);
    }

    /**
     * Applies the edit to {@code doc}.
     *
     * @return whether the edit touched content a signature covers (anything but the unsigned parts
     *         of a ds:Signature: SignatureValue, KeyInfo, Object)
     */
    boolean apply(Document doc) {
        List<Element> elements = elements(doc);
        Element t = elements.get(target % elements.size());
        Element d = elements.get(destination % elements.size());
        switch (op) {
            case DROP -> {
                if (t == doc.getDocumentElement()) {
                    return false;
                }
                Node parent = t.getParentNode();
                parent.removeChild(t);
                return signedAt(parent);
            }
            case DUPLICATE -> {
                if (t == doc.getDocumentElement()) {
                    return false;
                }
                t.getParentNode().insertBefore(t.cloneNode(true), t.getNextSibling());
                return signedAt(t.getParentNode());
            }
            case MOVE -> {
                if (t == doc.getDocumentElement() || t == d || t.compareDocumentPosition(d) == (Node.DOCUMENT_POSITION_CONTAINED_BY | Node.DOCUMENT_POSITION_FOLLOWING)) {
                    return false;
                }
                Node from = t.getParentNode();
                boolean signed = signedAt(from) || signedAt(d);
                d.appendChild(t);
                return signed;
            }
            case SET_ATTRIBUTE -> {
                NamedNodeMap attrs = t.getAttributes();
                String name = attrs.getLength() == 0 || value.length() % 2 == 1 ? "Evil" : attrs.item(target % attrs.getLength()).getNodeName();
                if (value.equals(t.getAttribute(name)) && t.hasAttribute(name)) {
                    return false;
                }
                t.setAttribute(name, value);
                return signedAt(t);
            }
            case REMOVE_ATTRIBUTE -> {
                NamedNodeMap attrs = t.getAttributes();
                if (attrs.getLength() == 0) {
                    return false;
                }
                attrs.removeNamedItem(attrs.item(target % attrs.getLength()).getNodeName());
                return signedAt(t);
            }
            case SET_TEXT -> {
                if (value.equals(t.getTextContent())) {
                    return false;
                }
                t.setTextContent(value);
                return signedAt(t);
            }
            default -> throw new IllegalStateException(op.name());
        }
    }

    /** @return whether a change to the children or attributes of {@code node} changes signed bytes */
    private static boolean signedAt(Node node) {
        for (Node n = node; n instanceof Element e; n = n.getParentNode()) {
            if (DS.equals(e.getNamespaceURI()) && "SignedInfo".equals(e.getLocalName())) {
                return true;
            }
            if (DS.equals(e.getNamespaceURI()) && "Signature".equals(e.getLocalName())) {
                return false;
            }
        }
        return true;
    }

    private static List<Element> elements(Document doc) {
        NodeList all = doc.getElementsByTagName("*");
        Element[] out = new Element[all.getLength()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (Element) all.item(i);
        }
        return List.of(out);
    }
}
