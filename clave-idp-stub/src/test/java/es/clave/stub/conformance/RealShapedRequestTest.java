package es.clave.stub.conformance;

import es.clave.stub.Loa;
import es.clave.stub.saml.Ids;
import es.clave.stub.testing.Inspect;
import es.clave.stub.testing.TestSp;
import es.clave.stub.trust.StubKeys.KeyAndCertificate;
import es.clave.stub.xml.SecureXml;
import es.clave.stub.xml.XmlSigner;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.transforms.params.InclusiveNamespaces;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request shaped like those in circulation (the Java kit's): pretty-printed with tabs and
 * newlines, no Issuer, an InclusiveNamespaces PrefixList in the C14N transform, a newline inside
 * the AuthnContextClassRef, and only the RelayState requested attribute. Signed here with
 * Santuario and a TEST-ONLY key generated at test time.
 */
class RealShapedRequestTest {

    private static final String TEMPLATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <saml2p:AuthnRequest xmlns:saml2p="urn:oasis:names:tc:SAML:2.0:protocol"
            \txmlns:ds="http://www.w3.org/2000/09/xmldsig#"
            \txmlns:eidas="http://eidas.europa.eu/saml-extensions"
            \txmlns:eidas-natural="http://eidas.europa.eu/attributes/naturalperson"
            \txmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion"
            \tAssertionConsumerServiceURL="%s"
            \tConsent="urn:oasis:names:tc:SAML:2.0:consent:unspecified"
            \tDestination="%s"
            \tForceAuthn="true"
            \tID="%s"
            \tIsPassive="false"
            \tIssueInstant="%s"
            \tProviderName="%s"
            \tVersion="2.0">
            \t<saml2p:Extensions>
            \t\t<eidas:SPType>public</eidas:SPType>
            \t\t<eidas:RequestedAttributes>
            \t\t\t<eidas:RequestedAttribute FriendlyName="RelayState"
            \t\t\t\tName="http://es.minhafp.clave/RelayState"
            \t\t\t\tNameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"
            \t\t\t\tisRequired="false">
            \t\t\t\t<eidas:AttributeValue xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            \t\t\t\t\txsi:type="eidas-natural:PersonIdentifierType">%s</eidas:AttributeValue>
            \t\t\t</eidas:RequestedAttribute>
            \t\t</eidas:RequestedAttributes>
            \t</saml2p:Extensions>
            \t<saml2p:NameIDPolicy AllowCreate="true"
            \t\tFormat="urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified" />
            \t<saml2p:RequestedAuthnContext Comparison="minimum">
            \t\t<saml2:AuthnContextClassRef>http://eidas.europa.eu/LoA/substantial
            \t\t</saml2:AuthnContextClassRef>
            \t</saml2p:RequestedAuthnContext>
            </saml2p:AuthnRequest>
            """;

    private final KeyAndCertificate key = TestSp.key("real-shaped-sp");
    private final String id = Ids.newId();
    private final String relayState = "a1b2c3d4e5f6";

    @Test
    @DisplayName("REQ-6 REQ-7 REQ-13 a real-shaped request is parsed and judged: only the missing Issuer is reported, as a warning")
    void realShapedRequestIsJudgedCorrectly() throws Exception {
        InspectedRequest inspected = Inspect.post(form(signedXml()));

        assertEquals(InspectedRequest.Kind.LOGIN, inspected.kind());
        assertEquals(List.of("REQ-6"), inspected.report().ruleIds(), inspected.report()::toString);
        assertTrue(inspected.report().warnings().size() == 1 && !inspected.report().hasViolations(), inspected.report()::toString);
        assertEquals(Loa.SUBSTANTIAL, inspected.facts().requestedLoa());
        assertEquals(Set.of(), inspected.facts().excluded());
        assertEquals(id, inspected.facts().id());
        assertTrue(inspected.facts().forceAuthn());
        assertEquals(key.certificate(), inspected.signerCertificate(), "the signature validated with the KeyInfo certificate");
    }

    @Test
    @DisplayName("REQ-7 the same real-shaped request re-indented after signing fails its signature check")
    void reindentedAfterSigningFailsSignature() throws Exception {
        String tampered = signedXml().replace("<eidas:SPType>public</eidas:SPType>", "<eidas:SPType>public</eidas:SPType>\n");
        ConformanceReport report = Inspect.post(form(tampered)).report();
        assertTrue(report.violations().stream().anyMatch(f -> f.ruleId().equals("REQ-7")), report::toString);
    }

    private String signedXml() throws Exception {
        XmlSigner.init();
        String xml = TEMPLATE.formatted(TestSp.ACS, Inspect.ENDPOINT, id, Instant.now(), TestSp.SP_CODE + ";tramites", relayState);
        Document doc = SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8));
        Element root = doc.getDocumentElement();
        root.setIdAttributeNS(null, "ID", true);
        XMLSignature signature = new XMLSignature(doc, "", XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA512,
                Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
        root.insertBefore(signature.getElement(), root.getFirstChild());
        Transforms transforms = new Transforms(doc);
        transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
        transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS, new InclusiveNamespaces(doc, "eidas-natural").getElement());
        signature.addDocument("#" + id, transforms, "http://www.w3.org/2001/04/xmlenc#sha512");
        signature.addKeyInfo(key.certificate());
        signature.sign(key.privateKey());
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + SecureXml.toString(doc);
    }

    private Map<String, String> form(String xml) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("SAMLRequest", Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8)));
        form.put("RelayState", relayState);
        return form;
    }
}
