package es.clave.stub.xml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;

/**
 * The one XML parser of the stub: namespace-aware, no DOCTYPE (SEC-X1), no XInclude, no external
 * entities, comments dropped, depth-limited (SEC-X3). Also serialises documents.
 */
public final class SecureXml {

    /** Deepest element nesting accepted. */
    public static final int MAX_DEPTH = 256;

    private static final DocumentBuilderFactory FACTORY = createFactory();

    private SecureXml() {
    }

    private static DocumentBuilderFactory createFactory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setIgnoringComments(true);
            f.setCoalescing(true);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be configured securely", e);
        }
    }

    /**
     * Parses {@code bytes}.
     *
     * @throws XmlException with a message a developer can act on
     */
    public static Document parse(byte[] bytes) {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(SILENT);
            Document document = builder.parse(new ByteArrayInputStream(bytes));
            checkDepth(document.getDocumentElement(), 1);
            return document;
        } catch (SAXException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("DOCTYPE")) {
                throw new XmlException("the XML carries a DOCTYPE; SAML messages must not (SEC-X1)", e);
            }
            throw new XmlException("the XML is not well-formed: " + message, e);
        } catch (IOException | ParserConfigurationException e) {
            throw new XmlException("the XML cannot be read: " + e.getMessage(), e);
        }
    }

    /** @return a new empty namespace-aware document */
    public static Document newDocument() {
        try {
            return FACTORY.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return {@code node} serialised without reformatting and without an XML declaration */
    public static String toString(Node node) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(node), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("cannot serialise XML", e);
        }
    }

    private static void checkDepth(Element element, int depth) {
        if (depth > MAX_DEPTH) {
            throw new XmlException("the XML is nested deeper than " + MAX_DEPTH + " elements (SEC-X3)", null);
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                checkDepth(child, depth + 1);
            }
        }
    }

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

    /** A message that could not be parsed; the message says why. */
    public static final class XmlException extends RuntimeException {
        XmlException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
