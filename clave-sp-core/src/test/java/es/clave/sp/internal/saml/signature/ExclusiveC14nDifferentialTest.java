package es.clave.sp.internal.saml.signature;

import es.clave.sp.internal.saml.xml.SecureXmlParser;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.testing.saml.ClaveResponseBuilder;
import es.clave.sp.testing.saml.ResponseTestSetup;
import es.clave.sp.testing.saml.XmlDocs;
import org.apache.xml.security.c14n.Canonicalizer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * SEC-S2 / RSP-5: the streaming exclusive canonicalizer produces exactly Santuario's exclusive C14N
 * (without comments) bytes, for every element of varied documents taken as the apex, with and
 * without an enveloped signature skipped and with InclusiveNamespaces prefix lists.
 */
class ExclusiveC14nDifferentialTest {

    static {
        org.apache.xml.security.Init.init();
    }

    private static final String[] PREFIX_LISTS = {null, "", "xs", "#default", "xs xsi #default", "ds saml2 unused"};

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {
            // namespaces at several levels, redundant re-declarations, default namespace
            "<a:r xmlns:a='urn:a' xmlns:b='urn:b' xmlns='urn:d'><a:x xmlns:a='urn:a'><y b:at='1'/></a:x><b:z xmlns:b='urn:b2'/></a:r>",
            // default namespace declared, then undeclared, then declared again
            "<r xmlns='urn:d'><c xmlns=''><d xmlns='urn:d'><e/></d><f/></c></r>",
            // unused declarations are dropped; prefixes only in xsi:type values are not utilized
            "<p:r xmlns:p='urn:p' xmlns:xs='http://www.w3.org/2001/XMLSchema' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'>"
                    + "<p:v xsi:type='xs:string'>x</p:v><p:w xmlns:q='urn:q' p:z='1' q:y='2' a='3' xsi:nil='false'/></p:r>",
            // attributes in several namespaces, sorted by URI then local name, unqualified first
            "<r xmlns:z='urn:a' xmlns:a='urn:z' z:b='1' a:a='2' c='3' b='4' z:a='5' xml:lang='es'/>",
            // escaping in text and attributes; CR/TAB/LF as character references survive parsing
            "<r a='&amp;&lt;&gt;&quot;&#9;&#10;&#13;&apos;x' b=\"'\">t &amp; &lt; &gt; \" ' &#13;&#9;&#10; é € 𝄞</r>",
            // CDATA coalesced and comments dropped
            "<r><v>a<![CDATA[<&>]]>b<!-- c -->d</v><!-- top --></r>",
            // same prefix rebound to another URI, then back
            "<p:r xmlns:p='urn:1'><p:s xmlns:p='urn:2'><p:t xmlns:p='urn:1'/></p:s></p:r>",
            // non-ASCII names
            "<ñ:r xmlns:ñ='urn:ñ' ñ:á='ü'><ñ:ç/></ñ:r>"})
    @DisplayName("SEC-S2 every element of varied documents canonicalizes exactly like Santuario")
    void canonicalFormWhenVariedDocumentsThenSameAsSantuario(String xml) throws Exception {
        Element root = SecureXmlParser.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        for (Element e : XmlDocs.all(root)) {
            for (String prefixes : PREFIX_LISTS) {
                assertSame(e, null, prefixes);
            }
        }
    }

    @Test
    @DisplayName("RSP-5 Cl@ve-shaped signed Response and assertion: digest input and SignedInfo identical to Santuario")
    void canonicalFormWhenClaveResponseThenSameAsSantuario() throws Exception {
        Instant now = Instant.now();
        PendingLogin pending = ResponseTestSetup.pending(now, LevelOfAssurance.LOW);
        for (boolean encrypted : new boolean[]{false, true}) {
            ClaveResponseBuilder b = ClaveResponseBuilder.forLogin(pending, now);
            b.attribute(ClaveResponseBuilder.FIRST_NAME, "A & <B> \"C\"\r\n\tD");
            if (encrypted) {
                b.encrypted();
            }
            byte[] xml = XmlDocs.toXml(b.build()).getBytes(StandardCharsets.UTF_8);
            Element response = SecureXmlParser.parse(xml).getDocumentElement();
            for (Element e : XmlDocs.all(response)) {
                assertSame(e, null, null);
                Element sig = XmlDocs.child(e, XmlDocs.DS, "Signature");
                if (sig != null) {
                    assertSame(e, sig, null);
                    assertSame(e, sig, "xs");
                }
            }
        }
    }

    @Test
    @DisplayName("SEC-E5 a decrypted assertion parsed in its namespace context canonicalizes like Santuario")
    void canonicalFormWhenFragmentInNamespaceContextThenSameAsSantuario() throws Exception {
        Map<String, String> ns = new LinkedHashMap<>();
        ns.put("saml2", "urn:oasis:names:tc:SAML:2.0:assertion");
        ns.put("", "urn:default");
        ns.put("xs", "http://www.w3.org/2001/XMLSchema");
        String fragment = "<saml2:Assertion ID='_a'><saml2:Issuer>i</saml2:Issuer><Other xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'"
                + " xsi:type='xs:string'>v</Other></saml2:Assertion>";
        Element assertion = SecureXmlParser.parseFragment(fragment.getBytes(StandardCharsets.UTF_8), ns);
        for (Element e : XmlDocs.all(assertion)) {
            for (String prefixes : PREFIX_LISTS) {
                assertSame(e, null, prefixes);
            }
        }
    }

    @Test
    @DisplayName("SEC-S2 a relative namespace URI inside the signed element is refused, as by Santuario")
    void canonicalizeWhenRelativeNamespaceThenRefused() {
        Element root = SecureXmlParser.parse("<r xmlns:p='relative/uri'><p:x/></r>".getBytes(StandardCharsets.UTF_8))
                .getDocumentElement();
        assertThrows(ExclusiveC14n.RelativeNamespace.class,
                () -> ExclusiveC14n.canonicalize(root, null, null, ByteSink.growing(64)));
        assertThrows(Exception.class, () -> santuario(root, null));
    }

    @Test
    @DisplayName("SEC-S2 a processing instruction is left to Santuario (the verifier falls back)")
    void canonicalizeWhenProcessingInstructionThenUnsupported() {
        Element root = SecureXmlParser.parse("<r><?pi data?></r>".getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        assertThrows(ExclusiveC14n.Unsupported.class,
                () -> ExclusiveC14n.canonicalize(root, null, null, ByteSink.growing(64)));
    }

    @Test
    @DisplayName("SEC-S2 the digest sink drains in chunks and yields the same bytes as the growing sink")
    void digestSinkWhenLargeTextThenSameDigestAsBuffer() throws Exception {
        String big = "<r>" + "0123456789abcdef&amp;".repeat(2000) + "</r>";
        Element root = SecureXmlParser.parse(big.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        ByteSink buffer = ByteSink.growing(16);
        ExclusiveC14n.canonicalize(root, null, null, buffer);
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        ByteSink digest = ByteSink.digest(md);
        ExclusiveC14n.canonicalize(root, null, null, digest);
        digest.flush();
        byte[] expected = java.security.MessageDigest.getInstance("SHA-256")
                .digest(java.util.Arrays.copyOf(buffer.buffer(), buffer.length()));
        assertArrayEquals(expected, md.digest());
        assertArrayEquals(santuario(root, null), java.util.Arrays.copyOf(buffer.buffer(), buffer.length()));
    }

    private static void assertSame(Element apex, Element skip, String prefixes) throws Exception {
        ByteSink sink = ByteSink.growing(64);
        ExclusiveC14n.canonicalize(apex, skip, prefixes, sink);
        String ours = new String(sink.buffer(), 0, sink.length(), StandardCharsets.UTF_8);
        String theirs;
        if (skip == null) {
            theirs = new String(santuario(apex, prefixes), StandardCharsets.UTF_8);
        } else {
            Node next = skip.getNextSibling();
            apex.removeChild(skip);
            try {
                theirs = new String(santuario(apex, prefixes), StandardCharsets.UTF_8);
            } finally {
                apex.insertBefore(skip, next);
            }
        }
        assertEquals(theirs, ours, () -> "apex " + apex.getTagName() + ", skip " + skip + ", prefixes " + prefixes);
    }

    private static byte[] santuario(Element apex, String prefixes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Canonicalizer.getInstance(Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS).canonicalizeSubtree(apex, prefixes, out);
        return out.toByteArray();
    }
}
