package es.clave.sp.response;

import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.testing.saml.ClaveResponseBuilder;
import es.clave.sp.testing.saml.ResponseTestSetup;
import es.clave.sp.testing.saml.XmlDocs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.Base64;
import java.util.List;

import static es.clave.sp.testing.saml.XmlDocs.DS;
import static es.clave.sp.testing.saml.XmlDocs.SAML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SEC-X: the XML parser and what it lets through, on real signed responses. */
class XmlParsingTest extends ResponseTestSupport {

    private static final String PID_VALUE = ">12345678Z</saml2:AttributeValue>";

    private String signedXml() {
        return XmlDocs.toXml(response().build());
    }

    private String withDoctype(String doctype) {
        return XmlDocs.base64(doctype + signedXml());
    }

    @Test
    @DisplayName("SEC-X1 internal-subset entity expansion (billion laughs) is rejected at parse time")
    void finishLoginWhenBillionLaughsThenForbidden() {
        String doctype = "<!DOCTYPE saml2p:Response [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>";
        String xml = signedXml().replace(">MARÍA JOSÉ<", ">&d;<");
        assertRejected(ClaveError.FORBIDDEN_XML_CONSTRUCT, XmlDocs.base64(doctype + xml));
    }

    @Test
    @DisplayName("SEC-X1 external entity (XXE) is rejected at parse time")
    void finishLoginWhenExternalEntityThenForbidden() {
        String doctype = "<!DOCTYPE saml2p:Response [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        assertRejected(ClaveError.FORBIDDEN_XML_CONSTRUCT,
                XmlDocs.base64(doctype + signedXml().replace(">MARÍA JOSÉ<", ">&xxe;<")));
    }

    @Test
    @DisplayName("SEC-X1 external DTD is rejected without being fetched")
    void finishLoginWhenExternalDtdThenForbidden() {
        assertRejected(ClaveError.FORBIDDEN_XML_CONSTRUCT,
                withDoctype("<!DOCTYPE saml2p:Response SYSTEM \"http://127.0.0.1:9/evil.dtd\">"));
    }

    @Test
    @DisplayName("SEC-X1 parameter entity is rejected at parse time")
    void finishLoginWhenParameterEntityThenForbidden() {
        assertRejected(ClaveError.FORBIDDEN_XML_CONSTRUCT,
                withDoctype("<!DOCTYPE r [<!ENTITY % pe SYSTEM \"http://127.0.0.1:9/pe\"> %pe;]>"));
    }

    @Test
    @DisplayName("SEC-X2 comment inside a signed value: signature still valid, identity is the whole value")
    void finishLoginWhenCommentSplitsIdentifierThenIdentityUnchanged() {
        String xml = signedXml();
        assertTrue(xml.contains(PID_VALUE));
        ClaveIdentity id = finish(XmlDocs.base64(xml.replace(PID_VALUE, ">1234<!---->5678Z</saml2:AttributeValue>")));
        assertEquals("12345678Z", id.getName());
    }

    @Test
    @DisplayName("SEC-X2 xvictim@x + <!----> trick on a free-text identifier leaves it whole")
    void finishLoginWhenCommentTrickOnEmailLikeIdentifierThenWholeValue() {
        String xml = XmlDocs.toXml(response().attribute(ClaveResponseBuilder.PERSON_IDENTIFIER, "xvictim@x.evil.es").build());
        ClaveIdentity id = finish(XmlDocs.base64(xml.replace(">xvictim@x.evil.es<", ">xvictim@x<!---->.evil.es<")));
        assertEquals("xvictim@x.evil.es", id.personIdentifier().raw());
    }

    @Test
    @DisplayName("SEC-X2 CDATA inside a signed value is coalesced into one text value")
    void finishLoginWhenCdataSplitsIdentifierThenIdentityUnchanged() {
        String xml = signedXml().replace(PID_VALUE, ">1234<![CDATA[5678Z]]></saml2:AttributeValue>");
        assertEquals("12345678Z", finish(XmlDocs.base64(xml)).getName());
    }

    @Test
    @DisplayName("SEC-X2 XInclude is not processed: the inserted include only breaks the signature")
    void finishLoginWhenXIncludeInsertedThenNotProcessedAndSignatureInvalid() {
        String xml = signedXml().replace(PID_VALUE, "><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" "
                + "href=\"file:///etc/hostname\" parse=\"text\"/></saml2:AttributeValue>");
        assertRejected(ClaveError.SIGNATURE_INVALID, XmlDocs.base64(xml));
    }

    @Test
    @DisplayName("SEC-X3 nesting deeper than 256 elements is rejected cleanly")
    void finishLoginWhenNestedDeeperThanLimitThenTooDeep() {
        assertRejected(ClaveError.XML_TOO_DEEP, XmlDocs.base64(deep(signedXml(), 300)));
    }

    @Test
    @DisplayName("SEC-X3 nesting of 5000 elements (StackOverflowError territory for OpenSAML) is rejected cleanly")
    void finishLoginWhenNestedFiveThousandDeepThenTooDeep() {
        assertRejected(ClaveError.XML_TOO_DEEP, XmlDocs.base64(deep(signedXml(), 5000)));
    }

    private static String deep(String xml, int depth) {
        String nest = "<x:n xmlns:x=\"urn:x\">".repeat(depth) + "</x:n>".repeat(depth);
        return xml.replace("<saml2p:Status>", nest + "<saml2p:Status>");
    }

    @Test
    @DisplayName("SEC-X4 SAMLResponse over the configured cap is rejected before decoding")
    void finishLoginWhenOverConfiguredCapThenTooLarge() {
        useConfig(ResponseTestSetup.config(b -> b.maxResponseSize(2048)));
        assertRejected(ClaveError.RESPONSE_TOO_LARGE, response().buildBase64());
    }

    @Test
    @DisplayName("SEC-X4 default cap of 256 KiB is checked on the Base64 text before decoding")
    void finishLoginWhenOverDefaultCapThenTooLarge() {
        // not even Base64: only a cap checked before decoding gives TOO_LARGE here
        assertRejected(ClaveError.RESPONSE_TOO_LARGE, "!".repeat(256 * 1024 + 1));
    }

    @Test
    @DisplayName("SEC-X4 invalid Base64 is a clean rejection")
    void finishLoginWhenInvalidBase64ThenMalformed() {
        assertRejected(ClaveError.MALFORMED_RESPONSE, "PHNhbWw*!notbase64");
    }

    @Test
    @DisplayName("SEC-X4 missing SAMLResponse")
    void finishLoginWhenResponseMissingThenResponseMissing() {
        assertRejected(ClaveError.RESPONSE_MISSING, (String) null);
    }

    @Test
    @DisplayName("SEC-X4 empty SAMLResponse")
    void finishLoginWhenResponseEmptyThenResponseMissing() {
        assertRejected(ClaveError.RESPONSE_MISSING, "");
    }

    @Test
    @DisplayName("SEC-X4 Base64 wrapped at 76 columns (MIME style) is accepted")
    void finishLoginWhenBase64HasLineBreaksThenAccepted() {
        String wrapped = Base64.getMimeEncoder().encodeToString(signedXml().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(wrapped.contains("\r\n"));
        assertEquals("12345678Z", finish(wrapped).getName());
    }

    @Test
    @DisplayName("SEC-X4 not XML at all is a clean rejection")
    void finishLoginWhenNotXmlThenMalformed() {
        assertRejected(ClaveError.MALFORMED_RESPONSE, XmlDocs.base64("this is not <xml"));
    }

    @Test
    @DisplayName("SEC-X5 escaped markup inside a value is text: no second parser sees a PersonIdentifier in it")
    void finishLoginWhenEscapedMarkupInAttributeThenIdentityFromDomOnly() {
        String smuggled = "<saml2:Attribute Name=\"" + ClaveResponseBuilder.PERSON_IDENTIFIER
                + "\"><saml2:AttributeValue>87654321X</saml2:AttributeValue></saml2:Attribute>";
        ClaveIdentity id = finish(response().attribute("http://es.minhafp.clave/RegisterType", smuggled).buildBase64());
        assertEquals("12345678Z", id.getName());
        assertEquals(List.of(smuggled), id.attributes().get("http://es.minhafp.clave/RegisterType"));
    }

    @Test
    @DisplayName("SEC-X6 a Signature in a foreign namespace is not a signature")
    void finishLoginWhenSignatureInForeignNamespaceThenSignatureMissing() {
        Document d = response().build();
        Element sig = XmlDocs.child(d.getDocumentElement(), DS, "Signature");
        d.renameNode(sig, "http://www.w3.org/2000/09/xmldsig#more", "dsx:Signature");
        assertRejected(ClaveError.SIGNATURE_MISSING, d);
    }

    @Test
    @DisplayName("SEC-X6 an Assertion in a foreign namespace is not an assertion")
    void finishLoginWhenAssertionInForeignNamespaceThenAssertionCountInvalid() {
        Document d = response().build();
        d.renameNode(assertionOf(d), SAML + ":evil", "evil:Assertion");
        assertRejected(ClaveError.ASSERTION_COUNT_INVALID, resigned(d));
    }

    @Test
    @DisplayName("SEC-X6 a Response root in a foreign namespace is not a SAML Response")
    void finishLoginWhenResponseInForeignNamespaceThenMalformed() {
        Document d = response().build();
        d.renameNode(d.getDocumentElement(), "urn:oasis:names:tc:SAML:1.0:protocol", "samlp1:Response");
        assertRejected(ClaveError.MALFORMED_RESPONSE, d);
    }

    @Test
    @DisplayName("SEC-X6 prefixes are irrelevant: the same namespaces under other prefixes are accepted")
    void finishLoginWhenOtherPrefixesThenAccepted() {
        String xml = signedXml();
        // rename the protocol prefix everywhere; exclusive C14N keeps prefixes, so re-sign as the gateway would
        Document d = XmlDocs.parse(xml.replace("saml2p:", "p:").replace("xmlns:saml2p=", "xmlns:p="));
        assertEquals("12345678Z", finish(resigned(d)).getName());
    }
}
