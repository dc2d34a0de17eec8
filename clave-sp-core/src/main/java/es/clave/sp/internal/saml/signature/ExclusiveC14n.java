package es.clave.sp.internal.saml.signature;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Exclusive XML Canonicalization 1.0 without comments of one element subtree, written straight
 * into a {@link ByteSink} (a digest or a buffer) with no intermediate strings. It is used only for
 * the transform pair the verifier allows (enveloped-signature + exclusive C14N, SEC-S2): the
 * enveloped Signature is skipped in place, so the DOM is never modified.
 * <p>
 * Namespace rendering follows the same model as Santuario's {@code Canonicalizer20010315Excl}
 * (checked byte-for-byte by {@code ExclusiveC14nDifferentialTest}): a prefix is rendered on an
 * element when it is visibly utilized there (element or attribute prefix, or the default namespace
 * for an unprefixed element) or listed in the InclusiveNamespaces PrefixList, and the nearest output
 * ancestor did not already render the same URI for it. Declarations on ancestors of the apex count
 * as in scope. Anything outside elements, text and comments (a processing instruction, an entity
 * reference) raises {@link Unsupported} so the caller can fall back to Santuario.
 * Not thread-safe: one instance per call (or per thread).
 */
final class ExclusiveC14n {

    /** Thrown for a node kind this canonicalizer leaves to Santuario. */
    static final class Unsupported extends Exception {
        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** Thrown for a relative namespace URI declared inside the subtree (C14N refuses them). */
    static final class RelativeNamespace extends Exception {
        RelativeNamespace(String uri) {
            super("relative namespace URI '" + uri + "'", null, false, false);
        }
    }

    private static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    /** Key of the default namespace in the scope table, as Santuario spells it. */
    private static final String DEFAULT = "xmlns";

    private static final Comparator<Attr> ATTRIBUTE_ORDER = (a, b) -> {
        String na = a.getNamespaceURI();
        String nb = b.getNamespaceURI();
        if (na == null) {
            return nb == null ? a.getName().compareTo(b.getName()) : -1;
        }
        if (nb == null) {
            return 1;
        }
        int c = na.compareTo(nb);
        return c != 0 ? c : a.getLocalName().compareTo(b.getLocalName());
    };

    // scope stack: entry i maps prefix[i] to uri[i], with rendered[i] the URI the nearest output
    // ancestor (or this element) rendered for that prefix; the topmost entry of a prefix wins
    private String[] prefix = new String[32];
    private String[] uri = new String[32];
    private String[] rendered = new String[32];
    private int size;

    private final ByteSink out;
    private final String[] inclusive;
    private final List<Attr> attrs = new ArrayList<>(8);
    private String[] toRender = new String[8];

    private ExclusiveC14n(ByteSink out, String prefixList) {
        this.out = out;
        this.inclusive = parsePrefixList(prefixList);
        push(DEFAULT, "", "");
    }

    /**
     * Writes the canonical form of {@code apex} and its descendants, without {@code skip} (the
     * enveloped signature, or null), to {@code out}; {@code out} is not flushed.
     */
    static void canonicalize(Element apex, Node skip, String prefixList, ByteSink out)
            throws Unsupported, RelativeNamespace {
        ExclusiveC14n c = new ExclusiveC14n(out, prefixList);
        c.inheritAncestors(apex);
        c.element(apex, skip);
    }

    private static String[] parsePrefixList(String list) {
        if (list == null || list.isBlank()) {
            return new String[0];
        }
        String[] tokens = list.trim().split("[ \t\r\n]+");
        for (int i = 0; i < tokens.length; i++) {
            if ("#default".equals(tokens[i])) {
                tokens[i] = DEFAULT;
            }
        }
        return tokens;
    }

    /** Declarations (and element namespaces) of the apex's ancestors are in scope, unrendered. */
    private void inheritAncestors(Element apex) {
        List<Element> ancestors = new ArrayList<>(4);
        for (Node p = apex.getParentNode(); p != null && p.getNodeType() == Node.ELEMENT_NODE; p = p.getParentNode()) {
            ancestors.add((Element) p);
        }
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            Element e = ancestors.get(i);
            NamedNodeMap map = e.getAttributes();
            for (int j = 0, n = map.getLength(); j < n; j++) {
                Attr a = (Attr) map.item(j);
                if (XMLNS_NS.equals(a.getNamespaceURI()) && !isXmlDeclaration(a)) {
                    declare(a.getLocalName(), a.getValue());
                }
            }
            if (e.getNamespaceURI() != null) {
                String p = e.getPrefix();
                declare(p == null || p.isEmpty() ? DEFAULT : p, e.getNamespaceURI());
            }
        }
    }

    private static boolean isXmlDeclaration(Attr a) {
        return "xml".equals(a.getLocalName()) && XML_NS.equals(a.getValue());
    }

    private void element(Element e, Node skip) throws Unsupported, RelativeNamespace {
        int mark = size;
        String tag = e.getTagName();
        out.write('<');
        out.writeName(tag);
        int renderCount = 0;
        attrs.clear();
        NamedNodeMap map = e.getAttributes();
        for (int j = 0, n = map.getLength(); j < n; j++) {
            Attr a = (Attr) map.item(j);
            if (XMLNS_NS.equals(a.getNamespaceURI())) {
                if (!isXmlDeclaration(a) && declare(a.getLocalName(), a.getValue()) && isRelative(a.getValue())) {
                    throw new RelativeNamespace(a.getValue());
                }
            } else {
                attrs.add(a);
            }
        }
        // only after all of this element's declarations are in scope
        for (Attr a : attrs) {
            String p = a.getPrefix();
            if (p != null && !"xml".equals(p) && !"xmlns".equals(p)) {
                renderCount = utilize(p, renderCount);
            }
        }
        String ep = e.getPrefix();
        renderCount = utilize(e.getNamespaceURI() != null && ep != null && !ep.isEmpty() ? ep : DEFAULT, renderCount);
        for (String p : inclusive) {
            renderCount = utilize(p, renderCount);
        }
        // namespace declarations first, the default one before any prefix, then prefixes in order
        Arrays.sort(toRender, 0, renderCount, (x, y) -> (DEFAULT.equals(x) ? "" : x).compareTo(DEFAULT.equals(y) ? "" : y));
        for (int i = 0; i < renderCount; i++) {
            String p = toRender[i];
            int k = find(p);
            push(p, uri[k], uri[k]);
            out.write(' ');
            if (DEFAULT.equals(p)) {
                out.writeName("xmlns");
            } else {
                out.writeName("xmlns:");
                out.writeName(p);
            }
            out.write('=');
            out.write('"');
            out.writeAttributeValue(uri[size - 1]);
            out.write('"');
        }
        if (attrs.size() > 1) {
            attrs.sort(ATTRIBUTE_ORDER);
        }
        for (Attr a : attrs) {
            out.write(' ');
            out.writeName(a.getName());
            out.write('=');
            out.write('"');
            out.writeAttributeValue(a.getValue());
            out.write('"');
        }
        out.write('>');
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c == skip) {
                continue;
            }
            switch (c.getNodeType()) {
                case Node.ELEMENT_NODE -> element((Element) c, skip);
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> out.writeText(c.getNodeValue());
                case Node.COMMENT_NODE -> {
                    // without comments
                }
                default -> throw new Unsupported("node type " + c.getNodeType());
            }
        }
        out.write('<');
        out.write('/');
        out.writeName(tag);
        out.write('>');
        size = mark;
    }

    /** Queues {@code p} for rendering on the current element when its URI is not rendered yet. */
    private int utilize(String p, int count) {
        int k = find(p);
        if (k < 0 || uri[k].equals(rendered[k])) {
            return count;
        }
        for (int i = 0; i < count; i++) {
            if (toRender[i].equals(p)) {
                return count;
            }
        }
        if (count == toRender.length) {
            toRender = Arrays.copyOf(toRender, count * 2);
        }
        toRender[count] = p;
        return count + 1;
    }

    /** @return true when the declaration changes the URI in scope for {@code p} */
    private boolean declare(String p, String u) {
        int k = find(p);
        if (k >= 0 && uri[k].equals(u)) {
            return false;
        }
        push(p, u, k >= 0 ? rendered[k] : null);
        return true;
    }

    private int find(String p) {
        for (int i = size - 1; i >= 0; i--) {
            if (prefix[i].equals(p)) {
                return i;
            }
        }
        return -1;
    }

    private void push(String p, String u, String r) {
        if (size == prefix.length) {
            prefix = Arrays.copyOf(prefix, size * 2);
            uri = Arrays.copyOf(uri, size * 2);
            rendered = Arrays.copyOf(rendered, size * 2);
        }
        prefix[size] = p;
        uri[size] = u;
        rendered[size] = r;
        size++;
    }

    /** As C14N 1.0: an empty URI (undeclaration) or one with a scheme is absolute. */
    private static boolean isRelative(String u) {
        return !u.isEmpty() && u.indexOf(':') <= 0;
    }
}
