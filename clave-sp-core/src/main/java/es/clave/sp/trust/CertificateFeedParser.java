package es.clave.sp.trust;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Cl@ve certificate feed (BND-5): {@code KeyDescriptor} elements with an optional
 * {@code use} attribute and a {@code KeyInfo} holding {@code KeyName} and
 * {@code X509Data/X509Certificate}. Elements are matched by local name so any namespace or prefix
 * is tolerated. The parser refuses DOCTYPEs (SEC-X1), external entities and XInclude, and the
 * document size is capped before parsing.
 */
public final class CertificateFeedParser {

    /** Default cap on the feed document: far above any real list of certificates. */
    public static final int DEFAULT_MAX_BYTES = 1024 * 1024;

    private final int maxBytes;

    /** @param maxBytes largest document accepted */
    public CertificateFeedParser(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /** A parsed feed: the usable entries and a description of every entry that was skipped. */
    public record Result(List<FeedEntry> entries, List<String> skipped) {
        /** Copies both lists. */
        public Result {
            entries = List.copyOf(entries);
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * @return every {@code KeyDescriptor} whose certificate decodes; undecodable ones are listed as skipped
     * @throws CertificateFeedException when the document is too large, not well-formed XML, has a
     *                                  DOCTYPE, or holds no {@code KeyDescriptor} at all
     */
    public Result parse(byte[] document) throws CertificateFeedException {
        if (document.length > maxBytes) {
            throw new CertificateFeedException("feed document of " + document.length + " bytes exceeds the cap of " + maxBytes);
        }
        Document dom = toDom(document);
        NodeList descriptors = dom.getElementsByTagNameNS("*", "KeyDescriptor");
        if (descriptors.getLength() == 0) {
            throw new CertificateFeedException("feed document holds no KeyDescriptor (root element "
                    + dom.getDocumentElement().getLocalName() + ")");
        }
        List<FeedEntry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < descriptors.getLength(); i++) {
            Element descriptor = (Element) descriptors.item(i);
            String use = descriptor.hasAttribute("use") ? descriptor.getAttribute("use") : null;
            String keyName = firstText(descriptor, "KeyName");
            NodeList certs = descriptor.getElementsByTagNameNS("*", "X509Certificate");
            if (certs.getLength() == 0) {
                skipped.add("KeyDescriptor #" + (i + 1) + " (" + keyName + ") has no X509Certificate");
                continue;
            }
            for (int j = 0; j < certs.getLength(); j++) {
                Node certNode = certs.item(j);
                if (!"X509Data".equals(certNode.getParentNode().getLocalName())) {
                    skipped.add("KeyDescriptor #" + (i + 1) + " (" + keyName + ") has an X509Certificate outside X509Data");
                    continue;
                }
                try {
                    entries.add(new FeedEntry(keyName, use, Certificates.fromBase64(certNode.getTextContent())));
                } catch (CertificateException e) {
                    skipped.add("KeyDescriptor #" + (i + 1) + " (" + keyName + ") certificate does not decode: " + e.getMessage());
                }
            }
        }
        return new Result(entries, skipped);
    }

    private static String firstText(Element parent, String localName) {
        NodeList list = parent.getElementsByTagNameNS("*", localName);
        return list.getLength() == 0 ? null : list.item(0).getTextContent().trim();
    }

    private static Document toDom(byte[] document) throws CertificateFeedException {
        try {
            DocumentBuilder builder = secureFactory().newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(document));
        } catch (SAXException e) {
            throw new CertificateFeedException("feed document is not acceptable XML: " + e.getMessage(), e);
        } catch (IOException | ParserConfigurationException e) {
            throw new CertificateFeedException("feed document cannot be parsed: " + e.getMessage(), e);
        }
    }

    private static DocumentBuilderFactory secureFactory() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // SEC-X1: any DOCTYPE is a fatal error, which rules out XXE and entity expansion bombs
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }
}
