package es.clave.sp.internal.saml.xml;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** SEC-X limits of the one parser, at their boundaries. */
class SecureXmlParserTest {

    private static byte[] nested(int depth) {
        return ("<a>".repeat(depth) + "</a>".repeat(depth)).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("SEC-X3 exactly 256 levels parse")
    void parseWhenDepthAtLimitThenAccepted() {
        assertEquals("a", SecureXmlParser.parse(nested(256)).getDocumentElement().getLocalName());
    }

    @Test
    @DisplayName("SEC-X3 257 levels are rejected with XML_TOO_DEEP")
    void parseWhenDepthOverLimitThenTooDeep() {
        var e = assertThrows(ClaveAuthenticationException.class, () -> SecureXmlParser.parse(nested(257)));
        assertEquals(ClaveError.XML_TOO_DEEP, e.error());
    }

    @Test
    @DisplayName("SEC-X2 XInclude elements stay unprocessed elements; the file is never read")
    void parseWhenXIncludeThenNotProcessed(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = "<r xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"" + secret.toUri()
                + "\" parse=\"text\"/></r>";
        Document d = SecureXmlParser.parse(xml.getBytes(StandardCharsets.UTF_8));
        Element include = (Element) d.getDocumentElement().getFirstChild();
        assertEquals("include", include.getLocalName());
        assertFalse(d.getDocumentElement().getTextContent().contains("TOP-SECRET"));
    }

    @Test
    @DisplayName("SEC-X2 comments are dropped and CDATA coalesced into one text node")
    void parseWhenCommentAndCdataThenSingleText() {
        Document d = SecureXmlParser.parse("<r>ab<!-- x -->c<![CDATA[d]]>e</r>".getBytes(StandardCharsets.UTF_8));
        assertEquals("abcde", d.getDocumentElement().getTextContent());
        assertEquals(1, d.getDocumentElement().getChildNodes().getLength());
    }

    @Test
    @DisplayName("SEC-E5 a decrypted fragment is parsed in the namespace context of the element it replaces")
    void parseFragmentWhenPrefixFromContextThenResolved() {
        Element e = SecureXmlParser.parseFragment("<s:A/>".getBytes(StandardCharsets.UTF_8), Map.of("s", "urn:s"));
        assertEquals("urn:s", e.getNamespaceURI());
    }

    @Test
    @DisplayName("SEC-E5 a decrypted fragment with a DOCTYPE is FORBIDDEN_XML_CONSTRUCT")
    void parseFragmentWhenDoctypeThenForbidden() {
        var e = assertThrows(ClaveAuthenticationException.class, () -> SecureXmlParser.parseFragment(
                "<!DOCTYPE a [<!ENTITY x \"y\">]><a>&x;</a>".getBytes(StandardCharsets.UTF_8), Map.of()));
        assertEquals(ClaveError.FORBIDDEN_XML_CONSTRUCT, e.error());
    }
}
