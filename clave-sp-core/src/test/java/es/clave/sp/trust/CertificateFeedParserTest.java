package es.clave.sp.trust;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateFeedParserTest {

    private static X509Certificate signing;
    private static X509Certificate encryption;
    private final CertificateFeedParser parser = new CertificateFeedParser(CertificateFeedParser.DEFAULT_MAX_BYTES);

    @BeforeAll
    static void certificates() {
        TestPki ca = TestPki.ca("Parser CA");
        signing = ca.issue("clave-signing", 365);
        encryption = ca.issue("clave-encryption", 365);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("BND-5 KeyDescriptors with md/ds prefixes yield KeyName, use and certificate")
    void parseWhenPrefixedFeedThenEntries() throws Exception {
        CertificateFeedParser.Result r = parser.parse(bytes(TestPki.feed(signing, encryption)));
        assertEquals(2, r.entries().size());
        assertEquals("clave-1", r.entries().get(0).keyName());
        assertEquals("signing", r.entries().get(0).use());
        assertEquals(signing, r.entries().get(0).certificate());
        assertEquals(encryption, r.entries().get(1).certificate());
        assertTrue(r.skipped().isEmpty());
    }

    @Test
    @DisplayName("BND-5 any namespace and prefix, including none, is matched by local name")
    void parseWhenOtherPrefixesOrDefaultNamespaceThenEntries() throws Exception {
        String doc = "<Certificates xmlns=\"urn:example:other\" xmlns:x=\"http://www.w3.org/2000/09/xmldsig#\">"
                + TestPki.keyDescriptor("m", "x", null, "k", signing).replace("<m:", "<").replace("</m:", "</")
                + "</Certificates>";
        CertificateFeedParser.Result r = parser.parse(bytes(doc));
        assertEquals(1, r.entries().size());
        assertNull(r.entries().get(0).use());
        assertTrue(r.entries().get(0).usableForSigning(), "use absent means both signing and encryption");
    }

    @Test
    @DisplayName("BND-5 use=encryption is not usable for signing; use=signing and absent are")
    void usableForSigningFollowsUseAttribute() {
        assertTrue(new FeedEntry("k", "signing", signing).usableForSigning());
        assertTrue(new FeedEntry("k", null, signing).usableForSigning());
        assertFalse(new FeedEntry("k", "encryption", signing).usableForSigning());
    }

    @Test
    @DisplayName("SEC-X1 a feed with a DOCTYPE (XXE) is refused before any entity is resolved")
    void parseWhenDoctypeThenRefused() {
        String doc = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<x><KeyDescriptor><KeyInfo><KeyName>&e;</KeyName></KeyInfo></KeyDescriptor></x>";
        CertificateFeedException e = assertThrows(CertificateFeedException.class, () -> parser.parse(bytes(doc)));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    @DisplayName("SEC-X4 a feed larger than the cap is refused before parsing")
    void parseWhenTooLargeThenRefused() {
        CertificateFeedParser small = new CertificateFeedParser(100);
        CertificateFeedException e = assertThrows(CertificateFeedException.class,
                () -> small.parse(bytes(TestPki.feed(signing))));
        assertTrue(e.getMessage().contains("exceeds the cap"), e.getMessage());
    }

    @Test
    @DisplayName("BND-5 malformed XML is a feed error")
    void parseWhenMalformedThenRefused() {
        assertThrows(CertificateFeedException.class, () -> parser.parse(bytes("<md:KeyDescriptor><unclosed>")));
    }

    @Test
    @DisplayName("BND-5 a document with no KeyDescriptor (e.g. an HTML error page) is a feed error")
    void parseWhenNoKeyDescriptorThenRefused() {
        CertificateFeedException e = assertThrows(CertificateFeedException.class,
                () -> parser.parse(bytes("<html><body>Mantenimiento</body></html>")));
        assertTrue(e.getMessage().contains("no KeyDescriptor"), e.getMessage());
    }

    @Test
    @DisplayName("BND-5 an undecodable certificate is skipped with a reason, the others are kept")
    void parseWhenOneCertificateBrokenThenSkipped() throws Exception {
        String doc = TestPki.feed(signing).replace("</md:KeyDescriptors>",
                TestPki.keyDescriptor("md", "ds", "signing", "broken", signing)
                        .replaceAll("<ds:X509Certificate>[^<]*<", "<ds:X509Certificate>bm90IGEgY2VydA==<")
                        + "</md:KeyDescriptors>");
        CertificateFeedParser.Result r = parser.parse(bytes(doc));
        assertEquals(List.of(signing), r.entries().stream().map(FeedEntry::certificate).toList());
        assertEquals(1, r.skipped().size());
        assertTrue(r.skipped().get(0).contains("broken"), r.skipped().get(0));
    }

    @Test
    @DisplayName("BND-5 an X509Certificate outside X509Data is not taken")
    void parseWhenCertificateOutsideX509DataThenSkipped() throws Exception {
        String doc = "<KeyDescriptors><KeyDescriptor><KeyInfo><X509Certificate>" + TestPki.base64(signing)
                + "</X509Certificate></KeyInfo></KeyDescriptor></KeyDescriptors>";
        CertificateFeedParser.Result r = parser.parse(bytes(doc));
        assertTrue(r.entries().isEmpty());
        assertEquals(1, r.skipped().size());
    }
}
