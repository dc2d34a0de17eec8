package es.clave.sp.internal.saml.xml;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.text.XmlTokens;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one XML parser of the response pipeline (SEC-X). Thread-safe: each thread reuses its own
 * {@link DocumentBuilder}, built once from a hardened factory.
 * <ul>
 *   <li>X1: any DOCTYPE fails the parse; no external entity, DTD or XInclude is ever loaded. Only
 *       XML 1.0 is accepted (no declaration means 1.0): XML 1.1 changes which characters and line
 *       ends a document may hold, and the rest of the pipeline and the signers assume 1.0.</li>
 *   <li>X2: comments are dropped and CDATA is coalesced, so text reads as one value.</li>
 *   <li>X3: documents nested deeper than {@value #MAX_DEPTH} elements are rejected before any
 *       other code walks them recursively.</li>
 *   <li>W10: an {@code ID}/{@code Id} value used twice in a document is rejected.</li>
 * </ul>
 */
public final class SecureXmlParser {

    /** Maximum element nesting accepted (SEC-X3). */
    public static final int MAX_DEPTH = 256;

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    // JDK 25 ships jdk.xml.maxElementDepth=100; lift the JDK limit and enforce MAX_DEPTH ourselves
    // (a clean, message-independent rejection). Parsing itself is iterative and bounded by the size cap.
    private static final String JDK_MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
    private static final String WRAPPER = "clave-sp-decrypted";
    private static final byte[] CLOSE_WRAPPER = ("</" + WRAPPER + ">").getBytes(StandardCharsets.UTF_8);

    private static final DocumentBuilderFactory FACTORY = newFactory();
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(SecureXmlParser::newBuilder);

    private SecureXmlParser() {
    }

    /**
     * Parses a complete document and applies the depth and duplicate-ID limits.
     *
     * @throws ClaveAuthenticationException FORBIDDEN_XML_CONSTRUCT (DOCTYPE, XML other than 1.0), XML_TOO_DEEP,
     *                                      SIGNATURE_REFERENCE_INVALID
     *                                      (duplicate ID) or MALFORMED_RESPONSE
     */
    public static Document parse(byte[] xml) {
        return parse(new ByteArrayInputStream(xml));
    }

    private static Document parse(InputStream xml) {
        Document doc = parseRaw(xml);
        if (!"1.0".equals(doc.getXmlVersion())) {
            throw new ClaveAuthenticationException(ClaveError.FORBIDDEN_XML_CONSTRUCT,
                    "XML version " + doc.getXmlVersion() + " is not accepted; the document must be XML 1.0");
        }
        guard(doc);
        return doc;
    }

    /**
     * Parses a decrypted element in the namespace context of the element it replaces (SEC-E5):
     * the fragment is wrapped in an element declaring {@code namespaces} and parsed by the same
     * hardened parser with the same limits. A fragment that starts with a prolog (XML declaration
     * or DOCTYPE) is parsed as a document of its own, so a DOCTYPE is refused like anywhere else.
     *
     * @param namespaces prefix (empty for the default namespace) to URI, as in scope at the replaced element
     * @return the single element the fragment holds
     */
    public static Element parseFragment(byte[] fragment, Map<String, String> namespaces) {
        if (startsWithProlog(fragment)) {
            return parse(fragment).getDocumentElement();
        }
        StringBuilder open = new StringBuilder("<").append(WRAPPER);
        namespaces.forEach((prefix, uri) -> open.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix)
                .append("=\"").append(escapeAttr(uri)).append('"'));
        open.append('>');
        // streamed, not concatenated: the plaintext is not copied again
        Document doc = parse(new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(open.toString().getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(fragment),
                new ByteArrayInputStream(CLOSE_WRAPPER)))));
        Element only = null;
        for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                if (only != null) {
                    throw new ClaveAuthenticationException(ClaveError.MALFORMED_RESPONSE, "decrypted data holds several elements");
                }
                only = (Element) n;
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getNodeValue().isBlank()) {
                throw new ClaveAuthenticationException(ClaveError.MALFORMED_RESPONSE, "decrypted data holds text outside its element");
            }
        }
        if (only == null) {
            throw new ClaveAuthenticationException(ClaveError.MALFORMED_RESPONSE, "decrypted data holds no element");
        }
        return only;
    }

    private static Document parseRaw(InputStream xml) {
        DocumentBuilder builder = BUILDERS.get();
        try {
            builder.setErrorHandler(SILENT);
            builder.setEntityResolver(NO_ENTITIES);
            return builder.parse(new InputSource(xml));
        } catch (SAXParseException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains(DISALLOW_DOCTYPE)) {
                throw new ClaveAuthenticationException(ClaveError.FORBIDDEN_XML_CONSTRUCT, "DOCTYPE declarations are not accepted");
            }
            throw new ClaveAuthenticationException(ClaveError.MALFORMED_RESPONSE, "not well-formed XML: " + msg);
        } catch (SAXException | IOException e) {
            throw new ClaveAuthenticationException(ClaveError.MALFORMED_RESPONSE, "XML could not be parsed: " + e.getMessage());
        }
    }

    /** One iterative walk: depth limit (X3) and unique IDs (W10); no recursion, whatever the input. */
    private static void guard(Document doc) {
        Set<String> ids = null;
        int depth = 0;
        Node node = doc.getDocumentElement();
        while (node != null) {
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                depth++;
                if (depth > MAX_DEPTH) {
                    throw new ClaveAuthenticationException(ClaveError.XML_TOO_DEEP, "element nesting exceeds " + MAX_DEPTH);
                }
                ids = collectIds((Element) node, ids);
                Node child = node.getFirstChild();
                if (child != null) {
                    node = child;
                    continue;
                }
                depth--;
            }
            // climb until a next sibling exists
            while (node.getNextSibling() == null) {
                node = node.getParentNode();
                if (node == null || node.getNodeType() == Node.DOCUMENT_NODE) {
                    return;
                }
                depth--;
            }
            node = node.getNextSibling();
        }
    }

    private static Set<String> collectIds(Element e, Set<String> ids) {
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0, n = attrs.getLength(); i < n; i++) {
            Attr a = (Attr) attrs.item(i);
            if (a.getNamespaceURI() == null && ("ID".equals(a.getLocalName()) || "Id".equals(a.getLocalName()))) {
                if (ids == null) {
                    ids = new HashSet<>();
                }
                if (!ids.add(a.getValue())) {
                    throw new ClaveAuthenticationException(ClaveError.SIGNATURE_REFERENCE_INVALID,
                            "duplicate ID '" + a.getValue() + "' in the document");
                }
            }
        }
        return ids;
    }

    private static boolean startsWithProlog(byte[] data) {
        int i = 0;
        while (i < data.length && XmlTokens.isXmlWhitespace((char) data[i])) {
            i++;
        }
        if (i + 1 < data.length && data[i] == (byte) 0xEF) {
            return true; // a byte-order mark: parse as a document
        }
        return i + 1 < data.length && data[i] == '<' && (data[i + 1] == '?' || data[i + 1] == '!');
    }

    private static String escapeAttr(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }

    private static DocumentBuilderFactory newFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        try {
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setIgnoringComments(true);
            f.setCoalescing(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature(DISALLOW_DOCTYPE, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setAttribute(JDK_MAX_ELEMENT_DEPTH, 0);
            // every node is visited anyway (depth and ID walk, c14n): build them directly, not deferred
            f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the JDK XML parser does not support a required security setting", e);
        }
        return f;
    }

    private static DocumentBuilder newBuilder() {
        try {
            return FACTORY.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final org.xml.sax.EntityResolver NO_ENTITIES = (publicId, systemId) -> {
        throw new SAXException("external entities are not resolved");
    };

    /** Errors become exceptions; warnings are not printed to stderr. */
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
