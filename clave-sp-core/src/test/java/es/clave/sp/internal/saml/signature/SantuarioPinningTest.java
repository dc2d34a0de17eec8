package es.clave.sp.internal.saml.signature;

import es.clave.sp.internal.saml.xml.SecureXmlParser;
import es.clave.sp.testing.saml.ResponseTestSetup;
import es.clave.sp.testing.saml.XmlDocs;
import es.clave.sp.testing.saml.XmlSigner;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.signature.XMLSignatureException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SEC-W9 / SEC-W10: Santuario dereferences only the element our profile checked. Two signed
 * siblings in one document, each with a registered ID, give Santuario every chance to pick the
 * wrong one; the pinned resolver must not let it.
 */
class SantuarioPinningTest {
    private static final String SAML = XmlDocs.SAML;

    static {
        org.apache.xml.security.Init.init();
    }

    private final PublicKey gatewayKey = ResponseTestSetup.gateway().certificate().getPublicKey();

    /** @return a parsed document with two assertions, each carrying its own valid enveloped signature */
    private static Document twoSignedAssertions() {
        Document doc = XmlDocs.parse("<r xmlns:saml2='" + SAML + "'><saml2:Assertion ID='_a'><saml2:Issuer>i</saml2:Issuer>"
                + "<saml2:Subject>A</saml2:Subject></saml2:Assertion><saml2:Assertion ID='_b'><saml2:Issuer>i</saml2:Issuer>"
                + "<saml2:Subject>B</saml2:Subject></saml2:Assertion></r>");
        XmlDocs.registerIds(doc);
        for (Element a : XmlDocs.children(doc.getDocumentElement(), SAML, "Assertion")) {
            XmlSigner.sign(a, XmlSigner.Options.standard(ResponseTestSetup.gateway().privateKey(), null));
        }
        // parsed again by the production parser: no attribute is ID-typed any more
        return SecureXmlParser.parse(XmlDocs.toXml(doc).getBytes(StandardCharsets.UTF_8));
    }

    private static Element assertion(Document doc, int i) {
        return XmlDocs.children(doc.getDocumentElement(), SAML, "Assertion").get(i);
    }

    private static Element signature(Element signed) {
        return XmlDocs.child(signed, XmlDocs.DS, "Signature");
    }

    private static Element reference(Element signed) {
        return XmlDocs.find(signature(signed), XmlDocs.DS, "Reference");
    }

    /** @return Santuario over the signature of {@code signatureOf}, resolving only {@code referenceOf}'s Reference to {@code target} */
    private static XMLSignature pinned(Element signatureOf, Element referenceOf, Element target) throws Exception {
        XMLSignature santuario = new XMLSignature(signature(signatureOf), null, true);
        santuario.addResourceResolver(new PinnedReferenceResolver(reference(referenceOf), target));
        return santuario;
    }

    @Test
    @DisplayName("SEC-W10 the pinned resolver lets Santuario verify the checked element's own signature")
    void resolveWhenOwnReferenceThenVerified() throws Exception {
        Element a = assertion(twoSignedAssertions(), 0);
        assertTrue(pinned(a, a, a).checkSignatureValue(gatewayKey));
    }

    @Test
    @DisplayName("SEC-W9 a resolver pinned to another element refuses the Reference instead of resolving it by ID")
    void resolveWhenPinnedToOtherElementThenRefused() throws Exception {
        Document doc = twoSignedAssertions();
        Element a = assertion(doc, 0);
        Element b = assertion(doc, 1);
        b.setIdAttributeNS(null, "ID", true);
        a.setIdAttributeNS(null, "ID", true);
        XMLSignature santuario = pinned(a, a, b);
        assertThrows(XMLSignatureException.class, () -> santuario.checkSignatureValue(gatewayKey));
    }

    @Test
    @DisplayName("SEC-W10 a resolver pinned to one Reference refuses any other Reference, whatever its URI")
    void resolveWhenOtherReferenceElementThenRefused() throws Exception {
        Document doc = twoSignedAssertions();
        Element a = assertion(doc, 0);
        Element b = assertion(doc, 1);
        XMLSignature santuario = pinned(b, a, b);
        assertThrows(XMLSignatureException.class, () -> santuario.checkSignatureValue(gatewayKey));
    }

    @Test
    @DisplayName("SEC-W10 each verification leaves no ID-typed attribute behind for the next one to meet")
    void verifyWhenDoneThenNoIdRegistered() {
        Document doc = twoSignedAssertions();
        Element a = assertion(doc, 0);
        Element b = assertion(doc, 1);
        List<java.security.cert.X509Certificate> trusted = List.of(ResponseTestSetup.gateway().certificate());
        assertTrue(EnvelopedSignatureVerifier.verifyIfPresent(a, trusted));
        assertTrue(EnvelopedSignatureVerifier.verifyIfPresent(b, trusted));
        assertFalse(a.getAttributeNodeNS(null, "ID").isId());
        assertFalse(b.getAttributeNodeNS(null, "ID").isId());
    }
}
