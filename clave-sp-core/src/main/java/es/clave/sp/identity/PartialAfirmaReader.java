package es.clave.sp.identity;

import es.clave.sp.internal.saml.xml.SecureXmlParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the certificate fields out of a {@code PartialAfirma} attribute: Base64 of an @firma DSS
 * verify response. Elements are matched by local name only (any namespace or prefix), since the
 * attribute is informational and its namespaces are not documented; its authenticity comes from
 * the signed assertion that carries it.
 *
 * <p>The XML is parsed with a hardened JDK parser (SEC-X1, X2): no DOCTYPE, no external entities or
 * DTDs, no XInclude, secure processing on, comments ignored, CDATA coalesced, and a size cap on
 * the encoded value. A malformed value is not a login failure: it is logged at WARN (without its
 * content, which is personal data) and read as absent.
 */
public final class PartialAfirmaReader {
    /** Largest accepted Base64 value, in characters (real values are a few KiB). */
    public static final int MAX_BASE64_CHARS = 128 * 1024;
    /** Deepest element nesting accepted (SEC-X3). */
    static final int MAX_ELEMENT_DEPTH = 64;

    private static final Logger LOG = LoggerFactory.getLogger(PartialAfirmaReader.class);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private PartialAfirmaReader() {
    }

    /**
     * @param base64 the attribute value, or null
     * @return the certificate fields, or empty when the value is absent or malformed
     */
    public static Optional<AfirmaCertificateInfo> read(String base64) {
        if (base64 == null || base64.isBlank()) {
            return Optional.empty();
        }
        if (base64.length() > MAX_BASE64_CHARS) {
            LOG.warn("PartialAfirma ignored: {} characters exceed the cap of {}", base64.length(), MAX_BASE64_CHARS);
            return Optional.empty();
        }
        byte[] xml;
        try {
            xml = Base64.getDecoder().decode(WHITESPACE.matcher(base64).replaceAll(""));
        } catch (IllegalArgumentException e) {
            LOG.warn("PartialAfirma ignored: not valid Base64");
            return Optional.empty();
        }
        try {
            Document document = SecureXmlParser.parse(xml); // the SP's one hardened parser (SEC-X1, X2)
            if (depth(document.getDocumentElement()) > MAX_ELEMENT_DEPTH) {
                LOG.warn("PartialAfirma ignored: nested deeper than {} elements", MAX_ELEMENT_DEPTH);
                return Optional.empty();
            }
            return Optional.of(new AfirmaCertificateInfo(readableFields(document)));
        } catch (Exception e) {
            // SEC-H6: the parser's message may quote attacker text; log its type only
            LOG.warn("PartialAfirma ignored: not well-formed or forbidden XML ({})", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private static Map<String, String> readableFields(Document document) {
        Map<String, String> fields = new LinkedHashMap<>();
        NodeList all = document.getElementsByTagNameNS("*", "ReadableField");
        for (int i = 0; i < all.getLength(); i++) {
            Element field = (Element) all.item(i);
            String identity = childText(field, "FieldIdentity");
            String value = childText(field, "FieldValue");
            if (identity != null && !identity.isBlank()) {
                // first occurrence wins; a repeated field must not silently replace the first
                fields.putIfAbsent(identity.strip(), value == null ? "" : value.strip());
            }
        }
        return fields;
    }

    private static String childText(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && localName.equals(n.getLocalName())) {
                return n.getTextContent();
            }
        }
        return null;
    }

    private static int depth(Node node) {
        // iterative walk: the depth check itself must not overflow the stack
        int max = 0;
        int depth = 0;
        Node n = node;
        while (n != null) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                max = Math.max(max, depth + 1);
            }
            if (n.getFirstChild() != null) {
                n = n.getFirstChild();
                depth++;
                continue;
            }
            while (n != null && n != node && n.getNextSibling() == null) {
                n = n.getParentNode();
                depth--;
            }
            if (n == null || n == node) {
                break;
            }
            n = n.getNextSibling();
        }
        return max;
    }

}
