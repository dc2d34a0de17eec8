package es.clave.stub.conformance;

import es.clave.stub.ClaveMethod;
import es.clave.stub.Loa;
import es.clave.stub.testing.Inspect;
import es.clave.stub.testing.TestRequest;
import es.clave.stub.testing.TestSp;
import es.clave.stub.xml.Dom;
import es.clave.stub.xml.Ns;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.EnumSet;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One hand-built bad AuthnRequest per REQ rule; each must be reported with that rule's id. */
class AuthnRequestConformanceTest {

    private static TestRequest valid() {
        return TestRequest.valid(Inspect.ENDPOINT);
    }

    private static ConformanceReport report(TestRequest r) {
        return Inspect.post(r).report();
    }

    private static void assertViolation(String rule, TestRequest r) {
        ConformanceReport report = report(r);
        assertTrue(report.violations().stream().anyMatch(f -> f.ruleId().equals(rule)),
                () -> "expected a MUST finding for " + rule + ", got:\n" + report);
    }

    private static void assertWarning(String rule, TestRequest r) {
        ConformanceReport report = report(r);
        assertTrue(report.warnings().stream().anyMatch(f -> f.ruleId().equals(rule)), () -> "expected SHOULD " + rule + ", got:\n" + report);
        assertFalse(report.hasViolations(), () -> "expected no MUST finding, got:\n" + report);
    }

    private static Element root(Document d) {
        return d.getDocumentElement();
    }

    private static Element child(Document d, String ns, String local) {
        return Dom.child(root(d), ns, local).orElseThrow();
    }

    private static TestRequest before(Consumer<Document> mutation) {
        TestRequest r = valid();
        r.beforeSigning = mutation;
        return r;
    }

    @Test
    @DisplayName("a conformant, signed AuthnRequest has no finding at all")
    void conformantRequestIsClean() {
        InspectedRequest inspected = Inspect.post(valid());
        inspected.report().assertClean();
        assertEquals(InspectedRequest.Kind.LOGIN, inspected.kind());
        assertEquals(TestSp.SP_CODE, inspected.facts().spCode());
        assertEquals(TestSp.ACS, inspected.facts().replyUrl());
    }

    @Test
    @DisplayName("REQ-1 an ID without the leading underscore is a violation")
    void idWithoutUnderscore() {
        TestRequest r = valid();
        r.id = "a" + r.id.substring(1);
        assertViolation("REQ-1", r);
    }

    @Test
    @DisplayName("REQ-1 an ID with less than 128 bits of randomness is a violation")
    void shortId() {
        TestRequest r = valid();
        r.id = "_12345";
        assertViolation("REQ-1", r);
    }

    @Test
    @DisplayName("REQ-1 an IssueInstant without Z (not UTC) is a violation")
    void issueInstantWithoutZ() {
        TestRequest r = valid();
        r.instant = "2026-01-31T10:15:30+01:00";
        assertViolation("REQ-1", r);
    }

    @Test
    @DisplayName("REQ-1 Version other than 2.0 is a violation")
    void wrongVersion() {
        assertViolation("REQ-1", before(d -> root(d).setAttribute("Version", "1.1")));
    }

    @Test
    @DisplayName("REQ-2 a Destination other than the gateway endpoint is a violation")
    void wrongDestination() {
        TestRequest r = valid();
        r.destination = "https://se-pasarela.clave.gob.es/Proxy2/ServiceProvider";
        assertViolation("REQ-2", r);
    }

    @Test
    @DisplayName("REQ-3 a ProviderName without ';' is a violation")
    void providerNameWithoutSeparator() {
        TestRequest r = valid();
        r.providerName = "my-application";
        assertViolation("REQ-3", r);
    }

    @Test
    @DisplayName("REQ-3 a ProviderName with two ';' is a violation")
    void providerNameWithTwoSeparators() {
        TestRequest r = valid();
        r.providerName = TestSp.SP_CODE + ";app;extra";
        assertViolation("REQ-3", r);
    }

    @Test
    @DisplayName("REQ-4 IsPassive=true is a violation")
    void passiveRequest() {
        assertViolation("REQ-4", before(d -> root(d).setAttribute("IsPassive", "true")));
    }

    @Test
    @DisplayName("REQ-4 a missing Consent is a warning")
    void missingConsent() {
        assertWarning("REQ-4", before(d -> root(d).removeAttribute("Consent")));
    }

    @Test
    @DisplayName("REQ-5 a plain-http ACS on a public host is a violation")
    void httpAcs() {
        TestRequest r = valid();
        r.acs = "http://sp.example.es/acs";
        assertViolation("REQ-5", r);
    }

    @Test
    @DisplayName("REQ-5 a plain-http ACS on localhost is allowed")
    void httpLocalhostAcs() {
        TestRequest r = valid();
        r.acs = "http://localhost:8080/clave/acs";
        r.issuer = r.acs;
        report(r).assertClean();
    }

    @Test
    @DisplayName("REQ-5 a ProtocolBinding other than HTTP-POST is a violation")
    void redirectBinding() {
        assertViolation("REQ-5", before(d -> root(d).setAttribute("ProtocolBinding", "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect")));
    }

    @Test
    @DisplayName("REQ-6 a missing Issuer is only a warning (tolerant)")
    void missingIssuer() {
        assertWarning("REQ-6", before(d -> root(d).removeChild(child(d, Ns.SAML, "Issuer"))));
    }

    @Test
    @DisplayName("REQ-6 an empty Issuer is a violation")
    void emptyIssuer() {
        TestRequest r = valid();
        r.issuer = "";
        assertViolation("REQ-6", r);
    }

    @Test
    @DisplayName("REQ-7 an unsigned request is a violation")
    void unsigned() {
        TestRequest r = valid();
        r.sign = false;
        assertViolation("REQ-7", r);
    }

    @Test
    @DisplayName("REQ-7 a request changed after signing is a violation")
    void changedAfterSigning() {
        TestRequest r = valid();
        r.afterSigning = d -> root(d).setAttribute("ForceAuthn", "true");
        assertViolation("REQ-7", r);
    }

    @Test
    @DisplayName("REQ-7 an RSA-SHA1 signature with SHA-1 digest is a violation")
    void sha1Signature() {
        TestRequest r = valid();
        r.signatureAlgorithm = Ns.RSA_SHA1;
        r.digestAlgorithm = Ns.SHA1;
        assertViolation("REQ-7", r);
    }

    @Test
    @DisplayName("REQ-7 RSA-SHA256 is allowed but warned about (Cl@ve default is RSA-SHA512)")
    void sha256Signature() {
        TestRequest r = valid();
        r.signatureAlgorithm = Ns.RSA_SHA256;
        r.digestAlgorithm = Ns.SHA256;
        assertWarning("REQ-7", r);
    }

    @Test
    @DisplayName("REQ-7 a signature placed after Extensions is a violation")
    void signatureInWrongPlace() {
        TestRequest r = valid();
        r.afterSigning = d -> {
            Element sig = child(d, Ns.DS, "Signature");
            root(d).removeChild(sig);
            root(d).appendChild(sig);
        };
        assertViolation("REQ-7", r);
    }

    @Test
    @DisplayName("REQ-7 a 1024-bit signing key is a violation")
    void shortKey() throws Exception {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
        g.initialize(1024);
        java.security.KeyPair pair = g.generateKeyPair();
        org.bouncycastle.asn1.x500.X500Name name = new org.bouncycastle.asn1.x500.X500Name("CN=TEST-ONLY 1024");
        java.security.cert.X509Certificate cert = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(
                new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(name, java.math.BigInteger.ONE,
                        new java.util.Date(), new java.util.Date(System.currentTimeMillis() + 86_400_000L), name, pair.getPublic())
                        .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        TestRequest r = valid();
        r.signer = new es.clave.stub.trust.StubKeys.KeyAndCertificate(pair.getPrivate(), cert);
        assertViolation("REQ-7", r);
    }

    @Test
    @DisplayName("REQ-8 a request without Extensions is a violation")
    void noExtensions() {
        assertViolation("REQ-8", before(d -> root(d).removeChild(child(d, Ns.SAMLP, "Extensions"))));
    }

    @Test
    @DisplayName("REQ-8 SPType after RequestedAttributes is a violation")
    void spTypeAfterRequestedAttributes() {
        assertViolation("REQ-8", before(d -> {
            Element ext = child(d, Ns.SAMLP, "Extensions");
            ext.appendChild(Dom.child(ext, Ns.EIDAS, "SPType").orElseThrow());
        }));
    }

    @Test
    @DisplayName("REQ-8 a missing SPType is only a warning (tolerant)")
    void missingSpType() {
        assertWarning("REQ-8", before(d -> {
            Element ext = child(d, Ns.SAMLP, "Extensions");
            ext.removeChild(Dom.child(ext, Ns.EIDAS, "SPType").orElseThrow());
        }));
    }

    @Test
    @DisplayName("REQ-9 a RequestedAttribute with a basic NameFormat is a violation")
    void wrongNameFormat() {
        TestRequest r = valid();
        r.excluded = EnumSet.of(ClaveMethod.CLAVE_PIN);
        r.beforeSigning = d -> exclusion(d).setAttribute("NameFormat", "urn:oasis:names:tc:SAML:2.0:attrname-format:basic");
        assertViolation("REQ-9", r);
    }

    @Test
    @DisplayName("REQ-10 a RelayState attribute differing from the posted RelayState is a violation")
    void relayStateAttributeDiffers() {
        TestRequest r = valid();
        r.relayStateAttribute = "something-else";
        assertViolation("REQ-10", r);
    }

    @Test
    @DisplayName("REQ-10 a missing RelayState attribute is a violation")
    void relayStateAttributeMissing() {
        assertViolation("REQ-10", before(d -> relayStateAttribute(d).getParentNode().removeChild(relayStateAttribute(d))));
    }

    @Test
    @DisplayName("REQ-11 excluding every method is a violation")
    void everyMethodExcluded() {
        TestRequest r = valid();
        r.excluded = EnumSet.allOf(ClaveMethod.class);
        assertViolation("REQ-11", r);
    }

    @Test
    @DisplayName("REQ-11 an exclusion attribute with a value is a violation")
    void exclusionWithValue() {
        TestRequest r = valid();
        r.excluded = EnumSet.of(ClaveMethod.EIDAS);
        r.beforeSigning = d -> Dom.appendText(exclusion(d), Ns.EIDAS, "eidas:AttributeValue", "true");
        assertViolation("REQ-11", r);
    }

    @Test
    @DisplayName("REQ-11 the excluded methods are read from the request")
    void excludedMethodsAreRead() {
        TestRequest r = valid();
        r.excluded = EnumSet.of(ClaveMethod.CLAVE_PIN, ClaveMethod.EIDAS);
        InspectedRequest inspected = Inspect.post(r);
        inspected.report().assertClean();
        assertEquals(EnumSet.of(ClaveMethod.CLAVE_PIN, ClaveMethod.EIDAS), inspected.facts().excluded());
    }

    @Test
    @DisplayName("REQ-12 a NameIDPolicy Format of emailAddress is a violation")
    void emailNameIdPolicy() {
        assertViolation("REQ-12", before(d -> child(d, Ns.SAMLP, "NameIDPolicy")
                .setAttribute("Format", "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress")));
    }

    @Test
    @DisplayName("REQ-12 a persistent NameIDPolicy is tolerated with a warning")
    void persistentNameIdPolicy() {
        assertWarning("REQ-12", before(d -> child(d, Ns.SAMLP, "NameIDPolicy").setAttribute("Format", Ns.NAMEID_PERSISTENT)));
    }

    @Test
    @DisplayName("REQ-13 Comparison=exact is a violation")
    void exactComparison() {
        assertViolation("REQ-13", before(d -> child(d, Ns.SAMLP, "RequestedAuthnContext").setAttribute("Comparison", "exact")));
    }

    @Test
    @DisplayName("REQ-13 an unknown LoA URI is a violation")
    void unknownLoa() {
        assertViolation("REQ-13", before(d -> Dom.child(child(d, Ns.SAMLP, "RequestedAuthnContext"), Ns.SAML, "AuthnContextClassRef")
                .orElseThrow().setTextContent("urn:oasis:names:tc:SAML:2.0:ac:classes:Password")));
    }

    @Test
    @DisplayName("REQ-13 whitespace around the LoA URI is tolerated and the level is read")
    void loaWithWhitespace() {
        TestRequest r = valid();
        r.loa = Loa.SUBSTANTIAL;
        r.beforeSigning = d -> {
            Element ref = Dom.child(child(d, Ns.SAMLP, "RequestedAuthnContext"), Ns.SAML, "AuthnContextClassRef").orElseThrow();
            ref.setTextContent("\n\t\t" + ref.getTextContent() + "\n\t");
        };
        InspectedRequest inspected = Inspect.post(r);
        inspected.report().assertClean();
        assertEquals(Loa.SUBSTANTIAL, inspected.facts().requestedLoa());
    }

    @Test
    @DisplayName("REQ-14 requesting a personal attribute is a warning")
    void personalAttributeRequested() {
        assertWarning("REQ-14", before(d -> {
            Element a = (Element) relayStateAttribute(d).cloneNode(false);
            a.setAttribute("Name", "http://eidas.europa.eu/attributes/naturalperson/PersonIdentifier");
            a.setAttribute("FriendlyName", "PersonIdentifier");
            relayStateAttribute(d).getParentNode().appendChild(a);
        }));
    }

    static Element relayStateAttribute(Document d) {
        Element requested = Dom.child(child(d, Ns.SAMLP, "Extensions"), Ns.EIDAS, "RequestedAttributes").orElseThrow();
        return Dom.children(requested, Ns.EIDAS, "RequestedAttribute").stream()
                .filter(e -> e.getAttribute("Name").equals(AuthnRequestChecker.RELAY_STATE_ATTRIBUTE)).findFirst().orElseThrow();
    }

    static Element exclusion(Document d) {
        Element requested = Dom.child(child(d, Ns.SAMLP, "Extensions"), Ns.EIDAS, "RequestedAttributes").orElseThrow();
        return Dom.children(requested, Ns.EIDAS, "RequestedAttribute").stream()
                .filter(e -> e.getAttribute("Name").endsWith("IdP")).findFirst().orElseThrow();
    }
}
