package es.clave.stub.conformance;

import es.clave.stub.testing.Inspect;
import es.clave.stub.testing.TestLogoutRequest;
import es.clave.stub.testing.TestRequest;
import es.clave.stub.testing.TestSp;
import es.clave.stub.trust.SpRegistry;
import es.clave.stub.xml.Dom;
import es.clave.stub.xml.Ns;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** BND-1 … BND-6 and LGO-1: one bad message per rule, reported with that rule's id. */
class BindingAndLogoutConformanceTest {

    private static TestRequest valid() {
        return TestRequest.valid(Inspect.ENDPOINT);
    }

    private static void assertViolation(String rule, ConformanceReport report) {
        assertTrue(report.violations().stream().anyMatch(f -> f.ruleId().equals(rule)),
                () -> "expected a MUST finding for " + rule + ", got:\n" + report);
    }

    @Test
    @DisplayName("BND-1 a request sent by GET (HTTP-Redirect) is a violation")
    void getIsNotAllowed() {
        ConformanceReport report = RequestInspector.inspect("GET", "/Proxy2/ServiceProvider", null, valid().form(), Inspect.devContext()).report();
        assertViolation("BND-1", report);
    }

    @Test
    @DisplayName("BND-1 a DEFLATE-compressed SAMLRequest is recognised and reported")
    void deflatedRequest() throws Exception {
        TestRequest r = valid();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, true))) {
            d.write(r.xml().getBytes(StandardCharsets.UTF_8));
        }
        Map<String, String> form = new LinkedHashMap<>(r.form());
        form.put("SAMLRequest", Base64.getEncoder().encodeToString(out.toByteArray()));
        InspectedRequest inspected = Inspect.post(form);
        assertViolation("BND-1", inspected.report());
        assertEquals(InspectedRequest.Kind.LOGIN, inspected.kind(), "the inflated request is still checked");
    }

    @Test
    @DisplayName("BND-1 a SAMLRequest that is not Base64 is a violation")
    void notBase64() {
        Map<String, String> form = new LinkedHashMap<>(valid().form());
        form.put("SAMLRequest", "%%% not base64 %%%");
        InspectedRequest inspected = Inspect.post(form);
        assertViolation("BND-1", inspected.report());
        assertEquals(InspectedRequest.Kind.UNREADABLE, inspected.kind());
    }

    @Test
    @DisplayName("BND-1 / SEC-X1 a request with a DOCTYPE is refused by the secure parser")
    void doctypeRefused() {
        String xml = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        Map<String, String> form = new LinkedHashMap<>();
        form.put("SAMLRequest", Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8)));
        form.put("RelayState", "abc");
        InspectedRequest inspected = Inspect.post(form);
        assertViolation("BND-1", inspected.report());
        assertTrue(inspected.report().violations().get(0).problem().contains("DOCTYPE"), inspected.report()::toString);
    }

    @Test
    @DisplayName("BND-2 a POST without SAMLRequest is a violation")
    void noSamlRequest() {
        assertViolation("BND-2", Inspect.post(Map.of("RelayState", "abc")).report());
    }

    @Test
    @DisplayName("BND-3 a LogoutRequest posted as SAMLRequest is a violation")
    void logoutInSamlRequestField() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("SAMLRequest", TestLogoutRequest.valid(Inspect.ENDPOINT).form().get("logoutRequest"));
        form.put("RelayState", "abc");
        assertViolation("BND-3", Inspect.post(form).report());
    }

    @Test
    @DisplayName("BND-4 a RelayState that is a URL is a violation")
    void relayStateUrl() {
        TestRequest r = valid();
        r.relayState = "https://sp.example.es/after-login";
        assertViolation("BND-4", Inspect.post(r).report());
    }

    @Test
    @DisplayName("BND-4 a RelayState longer than 80 characters is a violation")
    void relayStateTooLong() {
        TestRequest r = valid();
        r.relayState = "r".repeat(81);
        assertViolation("BND-4", Inspect.post(r).report());
    }

    @Test
    @DisplayName("BND-4 a missing RelayState is a violation")
    void relayStateMissing() {
        Map<String, String> form = new LinkedHashMap<>(valid().form());
        form.remove("RelayState");
        assertViolation("BND-4", Inspect.post(form).report());
    }

    @Test
    @DisplayName("BND-5 an unregistered SP is refused when dev mode is off")
    void unregisteredSpWithoutDevMode() {
        ConformanceReport report = RequestInspector.inspect("POST", "/Proxy2/ServiceProvider", Inspect.FORM, valid().form(),
                Inspect.context(new SpRegistry(), false)).report();
        assertViolation("BND-5", report);
    }

    @Test
    @DisplayName("BND-5 a registered SP whose request is signed by another key is refused (REQ-7)")
    void registeredSpSignedByOtherKey() {
        SpRegistry registry = new SpRegistry();
        registry.registerSp(TestSp.SP_CODE, TestSp.key("another-sp").certificate());
        ConformanceReport report = RequestInspector.inspect("POST", "/Proxy2/ServiceProvider", Inspect.FORM, valid().form(),
                Inspect.context(registry, false)).report();
        assertViolation("REQ-7", report);
    }

    @Test
    @DisplayName("BND-5 a registered SP signing with its registered key conforms without dev mode")
    void registeredSpConforms() {
        SpRegistry registry = new SpRegistry();
        registry.registerSp(TestSp.SP_CODE, TestSp.signing().certificate());
        InspectedRequest inspected = RequestInspector.inspect("POST", "/Proxy2/ServiceProvider", Inspect.FORM, valid().form(),
                Inspect.context(registry, false));
        inspected.report().assertClean();
        assertEquals(TestSp.signing().certificate(), inspected.signerCertificate());
    }

    @Test
    @DisplayName("BND-6 a request to the Cl@ve 1 path /Proxy/ is explained")
    void clave1Path() {
        ConformanceReport report = RequestInspector.inspect("POST", "/Proxy/ServiceProvider", Inspect.FORM, valid().form(),
                Inspect.devContext()).report();
        assertViolation("BND-6", report);
    }

    @Test
    @DisplayName("BND-6 the Cl@ve 1 fields idpList, excludedIdPList, forcedIdP and allowLegalPerson are explained")
    void clave1Fields() {
        Map<String, String> form = new LinkedHashMap<>(valid().form());
        form.put("idpList", "aFirma;Stork;");
        form.put("excludedIdPList", "AEAT");
        form.put("forcedIdP", "AFIRMA");
        form.put("allowLegalPerson", "true");
        ConformanceReport report = Inspect.post(form).report();
        assertEquals(4, report.violations().stream().filter(f -> f.ruleId().equals("BND-6")).count(), report::toString);
    }

    @Test
    @DisplayName("BND-6 a STORK extension element is explained")
    void storkElement() {
        TestRequest r = valid();
        r.beforeSigning = d -> {
            var ext = Dom.child(d.getDocumentElement(), Ns.SAMLP, "Extensions").orElseThrow();
            ext.appendChild(d.createElementNS(Ns.STORKP, "stork:QualityAuthenticationAssuranceLevel")).setTextContent("3");
        };
        assertViolation("BND-6", Inspect.post(r).report());
    }

    @Test
    @DisplayName("LGO-1 a conformant LogoutRequest has no finding")
    void conformantLogout() {
        InspectedRequest inspected = Inspect.post(TestLogoutRequest.valid(Inspect.ENDPOINT).form());
        inspected.report().assertClean();
        assertEquals(InspectedRequest.Kind.LOGOUT, inspected.kind());
        assertEquals(TestSp.SP_CODE, inspected.facts().spCode());
    }

    @Test
    @DisplayName("LGO-1 a LogoutRequest without NameID is a violation")
    void logoutWithoutNameId() {
        TestLogoutRequest r = TestLogoutRequest.valid(Inspect.ENDPOINT);
        r.beforeSigning = d -> d.getDocumentElement().removeChild(Dom.child(d.getDocumentElement(), Ns.SAML, "NameID").orElseThrow());
        assertViolation("LGO-1", Inspect.post(r.form()).report());
    }

    @Test
    @DisplayName("LGO-1 a LogoutRequest naming the user instead of the ProviderName is a violation")
    void logoutWithUserNameId() {
        TestLogoutRequest r = TestLogoutRequest.valid(Inspect.ENDPOINT);
        r.nameId = "12345678Z";
        assertViolation("LGO-1", Inspect.post(r.form()).report());
    }

    @Test
    @DisplayName("LGO-1 an unsigned LogoutRequest is a violation")
    void unsignedLogout() {
        TestLogoutRequest r = TestLogoutRequest.valid(Inspect.ENDPOINT);
        r.sign = false;
        ConformanceReport report = Inspect.post(r.form()).report();
        assertViolation("LGO-1", report);
        assertFalse(report.hasFinding("REQ-7"), "logout signature findings cite LGO-1");
    }
}
