package es.clave.sp.request;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.config.Environment;
import es.clave.sp.config.SignatureAlgorithm;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.LoginOptions;
import es.clave.sp.login.LoginStart;
import es.clave.sp.testing.TestConfigs;
import es.clave.sp.testing.TestCredentials;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static es.clave.sp.request.SignedXmlReader.DS;
import static es.clave.sp.request.SignedXmlReader.child;
import static es.clave.sp.request.SignedXmlReader.children;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks every REQ rule on produced AuthnRequests with a hardened JAXP DOM and Santuario. */
class AuthnRequestConformanceTest {

    static final String SAML2P = "urn:oasis:names:tc:SAML:2.0:protocol";
    static final String SAML2 = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final String EIDAS = "http://eidas.europa.eu/saml-extensions";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    static final Instant NOW = Instant.parse("2026-11-22T10:15:30.123456Z");

    private final ClaveSpConfig config = TestConfigs.valid();
    private final LoginRequestFactory factory = new LoginRequestFactory(config, Clock.fixed(NOW, ZoneOffset.UTC));

    private LoginStart start(LoginOptions options) {
        return factory.create(options);
    }

    private Element root(LoginStart start) {
        return SignedXmlReader.parseBase64(start.form().field("SAMLRequest")).getDocumentElement();
    }

    private Element root() {
        return root(start(LoginOptions.defaults()));
    }

    @Test
    @DisplayName("REQ-1 root saml2p:AuthnRequest, Version 2.0, ID an NCName '_' + >=128 random bits, IssueInstant UTC with Z")
    void rootElementIdAndInstant() {
        LoginStart start = start(LoginOptions.defaults());
        Element root = root(start);
        assertEquals(SAML2P, root.getNamespaceURI());
        assertEquals("saml2p:AuthnRequest", root.getTagName());
        assertEquals("2.0", root.getAttribute("Version"));
        String id = root.getAttribute("ID");
        assertTrue(Pattern.matches("_[0-9a-f]{40}", id), id);
        assertEquals(start.pending().requestId(), id);
        assertEquals("2026-11-22T10:15:30.123Z", root.getAttribute("IssueInstant"));
        assertEquals(Instant.parse("2026-11-22T10:15:30.123Z"), start.pending().issuedAt());
        assertNotEquals(id, root().getAttribute("ID"));
    }

    @Test
    @DisplayName("REQ-2 Destination is the gateway endpoint of the environment")
    void destination() {
        assertEquals("https://se-pasarela.clave.gob.es/Proxy2/ServiceProvider", root().getAttribute("Destination"));
        ClaveSpConfig local = TestConfigs.validBuilder().environment(Environment.LOCAL)
                .gatewayBaseUrl("http://localhost:8443/").build();
        Element r = root(new LoginRequestFactory(local).create(LoginOptions.defaults()));
        assertEquals("http://localhost:8443/Proxy2/ServiceProvider", r.getAttribute("Destination"));
    }

    @Test
    @DisplayName("REQ-3 ProviderName is <SP code>;<application>")
    void providerName() {
        assertEquals(TestConfigs.SP_CODE + ";clave-sp tests", root().getAttribute("ProviderName"));
    }

    @Test
    @DisplayName("REQ-3 configured text is escaped: markup in the application name cannot inject XML")
    void providerNameCannotInjectMarkup() {
        String app = "a\"><saml2:Issuer>evil</saml2:Issuer>&lt<x y='1'>\t\nz";
        ClaveSpConfig c = TestConfigs.validBuilder().applicationName(app).entityId("https://sp/?a=1&b=<2>").build();
        LoginStart s = new LoginRequestFactory(c).create(LoginOptions.defaults());
        Document doc = SignedXmlReader.parseBase64(s.form().field("SAMLRequest"));
        Element root = doc.getDocumentElement();
        assertEquals(TestConfigs.SP_CODE + ";" + app, root.getAttribute("ProviderName"));
        assertEquals("https://sp/?a=1&b=<2>", child(root, SAML2, "Issuer").getTextContent());
        assertEquals(1, doc.getElementsByTagNameNS(SAML2, "Issuer").getLength());
        assertTrue(SignedXmlReader.verify(doc, c.signingCredential().certificate()));
    }

    @Test
    @DisplayName("REQ-4 ForceAuthn from options or config, IsPassive=false, Consent unspecified")
    void forceAuthnIsPassiveConsent() {
        Element r = root();
        assertEquals("false", r.getAttribute("ForceAuthn"));
        assertEquals("false", r.getAttribute("IsPassive"));
        assertEquals("urn:oasis:names:tc:SAML:2.0:consent:unspecified", r.getAttribute("Consent"));
        LoginStart forced = start(LoginOptions.defaults().withForceAuthn(true));
        assertEquals("true", root(forced).getAttribute("ForceAuthn"));
        assertTrue(forced.pending().forceAuthn());
        ClaveSpConfig forcing = TestConfigs.validBuilder().forceAuthn(true).build();
        assertEquals("true", root(new LoginRequestFactory(forcing).create(LoginOptions.defaults())).getAttribute("ForceAuthn"));
        assertEquals("false", root(new LoginRequestFactory(forcing).create(LoginOptions.defaults().withForceAuthn(false)))
                .getAttribute("ForceAuthn"));
    }

    @Test
    @DisplayName("REQ-5 AssertionConsumerServiceURL is the ACS URL and ProtocolBinding is HTTP-POST")
    void acsAndBinding() {
        Element r = root();
        assertEquals(TestConfigs.ACS, r.getAttribute("AssertionConsumerServiceURL"));
        assertEquals("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST", r.getAttribute("ProtocolBinding"));
    }

    @Test
    @DisplayName("REQ-6 Issuer is the entity id, defaulting to the ACS URL")
    void issuer() {
        assertEquals(TestConfigs.ACS, child(root(), SAML2, "Issuer").getTextContent());
        ClaveSpConfig c = TestConfigs.validBuilder().entityId("https://sp.example.es/metadata").build();
        Element r = root(new LoginRequestFactory(c).create(LoginOptions.defaults()));
        assertEquals("https://sp.example.es/metadata", child(r, SAML2, "Issuer").getTextContent());
        assertEquals("saml2:Issuer", child(r, SAML2, "Issuer").getTagName());
    }

    @Test
    @DisplayName("REQ-7 Santuario verifies the enveloped signature with the SP certificate")
    void signatureVerifies() {
        Document doc = SignedXmlReader.parseBase64(start(LoginOptions.defaults()).form().field("SAMLRequest"));
        assertTrue(SignedXmlReader.verify(doc, config.signingCredential().certificate()));
    }

    @Test
    @DisplayName("REQ-7 a tampered request (one attribute changed) fails Santuario verification")
    void tamperedRequestFails() {
        String xml = new String(Base64.getDecoder().decode(start(LoginOptions.defaults()).form().field("SAMLRequest")),
                StandardCharsets.UTF_8);
        String tampered = xml.replace("ForceAuthn=\"false\"", "ForceAuthn=\"true\"");
        assertNotEquals(xml, tampered);
        assertFalse(SignedXmlReader.verify(SignedXmlReader.parse(tampered.getBytes(StandardCharsets.UTF_8)),
                config.signingCredential().certificate()));
        String tamperedLoa = xml.replace("LoA/low", "LoA/high");
        assertFalse(SignedXmlReader.verify(SignedXmlReader.parse(tamperedLoa.getBytes(StandardCharsets.UTF_8)),
                config.signingCredential().certificate()));
    }

    @Test
    @DisplayName("REQ-7 the signature does not verify with another key")
    void otherKeyFails() {
        Document doc = SignedXmlReader.parseBase64(start(LoginOptions.defaults()).form().field("SAMLRequest"));
        assertFalse(SignedXmlReader.verify(doc, TestCredentials.rsa("clave", 2048).certificate()));
    }

    @Test
    @DisplayName("REQ-7 signature sits right after Issuer; reference, transforms, c14n, algorithms and KeyInfo as specified")
    void signatureStructure() {
        Element r = root();
        List<Element> kids = children(r);
        assertEquals("Issuer", kids.get(0).getLocalName());
        Element sig = kids.get(1);
        assertEquals(DS, sig.getNamespaceURI());
        assertEquals("ds:Signature", sig.getTagName());
        Element signedInfo = child(sig, DS, "SignedInfo");
        assertEquals("http://www.w3.org/2001/10/xml-exc-c14n#",
                child(signedInfo, DS, "CanonicalizationMethod").getAttribute("Algorithm"));
        assertEquals("http://www.w3.org/2001/04/xmldsig-more#rsa-sha512",
                child(signedInfo, DS, "SignatureMethod").getAttribute("Algorithm"));
        Element ref = child(signedInfo, DS, "Reference");
        assertEquals("#" + r.getAttribute("ID"), ref.getAttribute("URI"));
        List<Element> transforms = children(child(ref, DS, "Transforms"));
        assertEquals(2, transforms.size());
        assertEquals("http://www.w3.org/2000/09/xmldsig#enveloped-signature", transforms.get(0).getAttribute("Algorithm"));
        assertEquals("http://www.w3.org/2001/10/xml-exc-c14n#", transforms.get(1).getAttribute("Algorithm"));
        assertEquals("http://www.w3.org/2001/04/xmlenc#sha512", child(ref, DS, "DigestMethod").getAttribute("Algorithm"));
        assertEquals(64, Base64.getDecoder().decode(child(ref, DS, "DigestValue").getTextContent()).length);
        String cert = child(child(child(sig, DS, "KeyInfo"), DS, "X509Data"), DS, "X509Certificate").getTextContent();
        assertArrayEquals(encoded(config), Base64.getMimeDecoder().decode(cert));
    }

    private static byte[] encoded(ClaveSpConfig c) {
        try {
            return c.signingCredential().certificate().getEncoded();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @EnumSource(SignatureAlgorithm.class)
    @DisplayName("REQ-7 each configured signature algorithm is announced, paired with its digest and verifies")
    void configuredAlgorithms(SignatureAlgorithm algorithm) {
        ClaveSpConfig c = TestConfigs.validBuilder().signatureAlgorithm(algorithm).build();
        Document doc = SignedXmlReader.parseBase64(new LoginRequestFactory(c).create(LoginOptions.defaults())
                .form().field("SAMLRequest"));
        Element signedInfo = child(child(doc.getDocumentElement(), DS, "Signature"), DS, "SignedInfo");
        assertEquals(algorithm.uri(), child(signedInfo, DS, "SignatureMethod").getAttribute("Algorithm"));
        assertEquals(algorithm.digestUri(), child(child(signedInfo, DS, "Reference"), DS, "DigestMethod")
                .getAttribute("Algorithm"));
        assertTrue(SignedXmlReader.verify(doc, c.signingCredential().certificate()));
    }

    @Test
    @DisplayName("REQ-7 a 4096-bit RSA key signs verifiable requests")
    void largerKey() {
        ClaveSpConfig c = TestConfigs.validBuilder().signingCredential(TestCredentials.rsa("sp4096", 4096)).build();
        Document doc = SignedXmlReader.parseBase64(new LoginRequestFactory(c).create(LoginOptions.defaults())
                .form().field("SAMLRequest"));
        assertTrue(SignedXmlReader.verify(doc, c.signingCredential().certificate()));
    }

    @Test
    @DisplayName("REQ-8 Extensions hold SPType (public) then RequestedAttributes, with the eidas prefixes")
    void extensions() {
        Element r = root();
        List<Element> kids = children(r);
        assertEquals(List.of("Issuer", "Signature", "Extensions", "NameIDPolicy", "RequestedAuthnContext"),
                kids.stream().map(Element::getLocalName).toList());
        Element ext = child(r, SAML2P, "Extensions");
        List<Element> parts = children(ext);
        assertEquals(2, parts.size());
        assertEquals(EIDAS, parts.get(0).getNamespaceURI());
        assertEquals("eidas:SPType", parts.get(0).getTagName());
        assertEquals("public", parts.get(0).getTextContent());
        assertEquals("eidas:RequestedAttributes", parts.get(1).getTagName());
        assertEquals(EIDAS, parts.get(1).getNamespaceURI());
        ClaveSpConfig priv = TestConfigs.validBuilder().spType(es.clave.sp.config.SpType.PRIVATE).build();
        Element pr = root(new LoginRequestFactory(priv).create(LoginOptions.defaults()));
        assertEquals("private", children(child(pr, SAML2P, "Extensions")).get(0).getTextContent());
    }

    @Test
    @DisplayName("REQ-9 every RequestedAttribute has Name, NameFormat uri, FriendlyName and isRequired=false")
    void requestedAttributeShape() {
        Element r = root(start(LoginOptions.defaults().withMethods(EnumSet.of(IdentificationMethod.CLAVE_MOVIL))));
        List<Element> attrs = children(children(child(r, SAML2P, "Extensions")).get(1));
        assertEquals(5, attrs.size());
        for (Element a : attrs) {
            assertEquals("eidas:RequestedAttribute", a.getTagName());
            assertFalse(a.getAttribute("Name").isEmpty());
            assertEquals("urn:oasis:names:tc:SAML:2.0:attrname-format:uri", a.getAttribute("NameFormat"));
            String name = a.getAttribute("Name");
            assertEquals(name.substring(name.lastIndexOf('/') + 1), a.getAttribute("FriendlyName"));
            assertEquals("false", a.getAttribute("isRequired"));
        }
    }

    @Test
    @DisplayName("REQ-10 the RelayState attribute carries the posted RelayState with xsi:type eidas-natural:PersonIdentifierType")
    void relayStateAttribute() {
        LoginStart s = start(LoginOptions.defaults());
        Element r = root(s);
        Element relay = children(children(child(r, SAML2P, "Extensions")).get(1)).get(0);
        assertEquals("http://es.minhafp.clave/RelayState", relay.getAttribute("Name"));
        assertEquals("RelayState", relay.getAttribute("FriendlyName"));
        List<Element> values = children(relay);
        assertEquals(1, values.size());
        Element value = values.get(0);
        assertEquals("eidas:AttributeValue", value.getTagName());
        assertEquals(EIDAS, value.getNamespaceURI());
        assertEquals("eidas-natural:PersonIdentifierType", value.getAttributeNS(XSI, "type"));
        assertEquals("http://eidas.europa.eu/attributes/naturalperson", value.lookupNamespaceURI("eidas-natural"));
        assertEquals(s.form().field("RelayState"), value.getTextContent());
        assertEquals(s.pending().relayState(), value.getTextContent());
    }

    @Test
    @DisplayName("REQ-11 default config offers every method: no exclusion attribute; restricting adds exclusions")
    void exclusionsFollowOfferedMethods() {
        assertEquals(1, children(children(child(root(), SAML2P, "Extensions")).get(1)).size());
        ClaveSpConfig c = TestConfigs.validBuilder()
                .defaultMethods(EnumSet.of(IdentificationMethod.CERTIFICATE, IdentificationMethod.CLAVE_PIN)).build();
        LoginStart s = new LoginRequestFactory(c).create(LoginOptions.defaults());
        Element r = root(s);
        List<String> names = children(children(child(r, SAML2P, "Extensions")).get(1)).stream()
                .skip(1).map(e -> e.getAttribute("Name")).toList();
        assertEquals(List.of("http://es.minhafp.clave/GISSIdP", "http://es.minhafp.clave/CLVMOVILIdP",
                "http://es.minhafp.clave/EIDASIdP"), names);
        assertEquals(Set.of(IdentificationMethod.CERTIFICATE, IdentificationMethod.CLAVE_PIN), s.pending().offeredMethods());
    }

    @Test
    @DisplayName("REQ-12 NameIDPolicy Format unspecified, AllowCreate true")
    void nameIdPolicy() {
        Element p = child(root(), SAML2P, "NameIDPolicy");
        assertEquals("urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified", p.getAttribute("Format"));
        assertEquals("true", p.getAttribute("AllowCreate"));
    }

    @ParameterizedTest
    @EnumSource(LevelOfAssurance.class)
    @DisplayName("REQ-13 RequestedAuthnContext minimum with exactly one AuthnContextClassRef of the requested LoA")
    void requestedAuthnContext(LevelOfAssurance loa) {
        LoginStart s = start(LoginOptions.defaults().withLevelOfAssurance(loa));
        Element ctx = child(root(s), SAML2P, "RequestedAuthnContext");
        assertEquals("minimum", ctx.getAttribute("Comparison"));
        List<Element> refs = children(ctx);
        assertEquals(1, refs.size());
        assertEquals("saml2:AuthnContextClassRef", refs.get(0).getTagName());
        assertEquals(SAML2, refs.get(0).getNamespaceURI());
        assertEquals(loa.uri(), refs.get(0).getTextContent());
        assertEquals(loa, s.pending().requestedLoa());
    }

    @Test
    @DisplayName("REQ-13 the configured default LoA is used when the login does not say")
    void defaultLoa() {
        ClaveSpConfig c = TestConfigs.validBuilder().defaultLoa(LevelOfAssurance.SUBSTANTIAL).build();
        Element ctx = child(root(new LoginRequestFactory(c).create(LoginOptions.defaults())), SAML2P, "RequestedAuthnContext");
        assertEquals(LevelOfAssurance.SUBSTANTIAL.uri(), children(ctx).get(0).getTextContent());
    }

    @Test
    @DisplayName("REQ-14 no personal attribute is requested: only RelayState and exclusions")
    void noPersonalAttributes() {
        Element r = root(start(LoginOptions.defaults().withMethods(EnumSet.of(IdentificationMethod.EU_EIDAS))));
        for (Element a : children(children(child(r, SAML2P, "Extensions")).get(1))) {
            assertTrue(a.getAttribute("Name").startsWith("http://es.minhafp.clave/"), a.getAttribute("Name"));
            if (!a.getAttribute("FriendlyName").equals("RelayState")) {
                assertTrue(children(a).isEmpty(), "exclusion attributes carry no value");
            }
        }
    }

    @Test
    @DisplayName("REQ-1/8 only the prefixes saml2p, saml2, ds, eidas, eidas-natural and xsi are declared")
    void namespacePrefixes() {
        Document doc = SignedXmlReader.parseBase64(start(LoginOptions.defaults()).form().field("SAMLRequest"));
        Set<String> prefixes = new java.util.TreeSet<>();
        collectPrefixes(doc.getDocumentElement(), prefixes);
        assertEquals(new java.util.TreeSet<>(List.of("saml2p", "saml2", "ds", "eidas", "eidas-natural", "xsi")), prefixes);
    }

    private static void collectPrefixes(Element e, Set<String> out) {
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if ("xmlns".equals(a.getPrefix())) {
                out.add(a.getLocalName());
            }
            assertFalse("xmlns".equals(a.getName()), "no default namespace declaration");
        }
        children(e).forEach(c -> collectPrefixes(c, out));
    }

    @Test
    @DisplayName("BND-1/BND-2 form posts SAMLRequest then RelayState to the gateway; plain Base64 of UTF-8 XML")
    void postForm() {
        LoginStart s = start(LoginOptions.defaults());
        assertEquals(config.gatewayEndpoint(), s.form().action());
        assertEquals(List.of("SAMLRequest", "RelayState"), List.copyOf(s.form().fields().keySet()));
        byte[] decoded = Base64.getDecoder().decode(s.form().field("SAMLRequest"));
        assertTrue(new String(decoded, StandardCharsets.UTF_8).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><saml2p:AuthnRequest "));
    }

    @Test
    @DisplayName("BND-4 RelayState: non-empty, <= 80 chars, URL/form safe, not a URL, different every time")
    void relayStateToken() {
        String a = start(LoginOptions.defaults()).form().field("RelayState");
        String b = start(LoginOptions.defaults()).form().field("RelayState");
        for (String t : List.of(a, b)) {
            assertTrue(t.length() >= 22 && t.length() <= 80, t);
            assertTrue(Pattern.matches("[A-Za-z0-9_-]+", t), t);
            assertFalse(t.contains(":") || t.contains("/"), "never a URL");
        }
        assertNotEquals(a, b);
    }

    @Test
    @DisplayName("PendingLogin records id, RelayState, LoA, methods, ForceAuthn, instant and returnTo")
    void pendingLogin() {
        LoginStart s = start(LoginOptions.defaults().withReturnTo("/expediente/42"));
        assertEquals("/expediente/42", s.pending().returnTo());
        assertEquals(IdentificationMethod.offerable(), s.pending().offeredMethods());
        assertEquals(LevelOfAssurance.LOW, s.pending().requestedLoa());
        assertEquals(s.form().field("RelayState"), s.pending().relayState());
    }
}
