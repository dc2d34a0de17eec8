package es.clave.sp.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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

    /** Applies the edit to {@code doc}; an edit that cannot apply (e.g. dropping the root) does nothing. */
    void apply(Document doc) {
        List<Element> elements = elements(doc);
        Element t = elements.get(target % elements.size());
        Element d = elements.get(destination % elements.size());
        switch (op) {
            case DROP -> {
                if (t == doc.getDocumentElement()) {
                    return;
                }
                Node parent = t.getParentNode();
                parent.removeChild(t);
                return;
            }
            case DUPLICATE -> {
                if (t == doc.getDocumentElement()) {
                    return;
                }
                t.getParentNode().insertBefore(t.cloneNode(true), t.getNextSibling());
                return;
            }
            case MOVE -> {
                if (t == doc.getDocumentElement() || t == d || t.compareDocumentPosition(d) == (Node.DOCUMENT_POSITION_CONTAINED_BY | Node.DOCUMENT_POSITION_FOLLOWING)) {
                    return;
                }
                d.appendChild(t);
                return;
            }
            case SET_ATTRIBUTE -> {
                NamedNodeMap attrs = t.getAttributes();
                String name = attrs.getLength() == 0 || value.length() % 2 == 1 ? "Evil" : attrs.item(target % attrs.getLength()).getNodeName();
                if (value.equals(t.getAttribute(name)) && t.hasAttribute(name)) {
                    return;
                }
                t.setAttribute(name, value);
                return;
            }
            case REMOVE_ATTRIBUTE -> {
                NamedNodeMap attrs = t.getAttributes();
                if (attrs.getLength() == 0) {
                    return;
                }
                attrs.removeNamedItem(attrs.item(target % attrs.getLength()).getNodeName());
                return;
            }
            case SET_TEXT -> {
                if (value.equals(t.getTextContent())) {
                    return;
                }
                t.setTextContent(value);
                return;
            }
            default -> throw new IllegalStateException(op.name());
        }
    }

    /**
     * @return what the signatures of {@code doc} cover, in exclusive canonical form: the document
     *         with every attribute and every child of each ds:Signature except SignedInfo removed (the enveloped
     *         transform leaves the Signature out of the digest; SignatureValue, KeyInfo and Object
     *         are not signed), canonicalized as the References are, so a namespace declaration that
     *         nothing uses does not count. Two documents with equal views differ only where no
     *         signature looks, whatever edits led there.
     */
    static String signedView(Document doc) {
        Document copy = (Document) doc.cloneNode(true);
        NodeList signatures = copy.getElementsByTagNameNS(DS, "Signature");
        for (int i = 0; i < signatures.getLength(); i++) {
            Element signature = (Element) signatures.item(i);
            // its own attributes are outside SignedInfo too; namespace declarations stay for well-formedness
            NamedNodeMap attributes = signature.getAttributes();
            for (int a = attributes.getLength() - 1; a >= 0; a--) {
                if (!"http://www.w3.org/2000/xmlns/".equals(attributes.item(a).getNamespaceURI())) {
                    attributes.removeNamedItem(attributes.item(a).getNodeName());
                }
            }
            for (Node child = signature.getFirstChild(); child != null; ) {
                Node next = child.getNextSibling();
                if (!(child instanceof Element e && DS.equals(e.getNamespaceURI()) && "SignedInfo".equals(e.getLocalName()))) {
                    signature.removeChild(child);
                }
                child = next;
            }
        }
        try {
            org.apache.xml.security.Init.init();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS)
                    .canonicalizeSubtree(copy.getDocumentElement(), out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (XMLSecurityException e) {
            throw new IllegalStateException(e);
        }
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
