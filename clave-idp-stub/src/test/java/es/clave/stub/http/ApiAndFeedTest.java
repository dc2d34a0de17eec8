package es.clave.stub.http;

import es.clave.stub.ClaveStub;
import es.clave.stub.junit.WithClaveStub;
import es.clave.stub.testing.Browser;
import es.clave.stub.testing.Browser.Page;
import es.clave.stub.testing.ResponseXml;
import es.clave.stub.testing.TestLogoutRequest;
import es.clave.stub.testing.TestRequest;
import es.clave.stub.trust.Certificates;
import es.clave.stub.xml.Dom;
import es.clave.stub.xml.Ns;
import es.clave.stub.xml.SecureXml;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON API, the certificate feed (BND-5), the status page and logout (LGO-2). */
@WithClaveStub
class ApiAndFeedTest {

    private final Browser browser = new Browser();

    @Test
    @DisplayName("BND-5 the certificate feed publishes the signing certificate in KeyDescriptor/KeyInfo/X509Data")
    void certificateFeed(ClaveStub stub) throws Exception {
        Page feed = browser.get(stub.certificatesUrl().toString());
        assertTrue(feed.contentType().startsWith("application/xml"));
        Element root = SecureXml.parse(feed.body().getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        Element descriptor = Dom.children(root, Ns.MD, "KeyDescriptor").get(0);
        assertEquals("signing", descriptor.getAttribute("use"));
        Element keyInfo = Dom.child(descriptor, Ns.DS, "KeyInfo").orElseThrow();
        assertTrue(Dom.child(keyInfo, Ns.DS, "KeyName").isPresent());
        String b64 = Dom.child(Dom.child(keyInfo, Ns.DS, "X509Data").orElseThrow(), Ns.DS, "X509Certificate").orElseThrow().getTextContent();
        assertEquals(stub.signingCertificate(), Certificates.fromBase64(b64));
    }

    @Test
    @DisplayName("the last report is available as JSON with rule, severity, problem and fix")
    void reportAsJson(ClaveStub stub) {
        TestRequest r = TestRequest.valid(stub.endpoint().toString());
        r.beforeSigning = d -> d.getDocumentElement().removeAttribute("Consent");
        browser.post(stub.endpoint().toString(), r.form());
        Page json = browser.get(stub.baseUrl() + "/stub/api/exchanges/last/report");
        assertTrue(json.contentType().startsWith("application/json"));
        assertTrue(json.body().startsWith("{\"violations\":0,\"warnings\":1,\"findings\":[{\"rule\":\"REQ-4\",\"severity\":\"SHOULD\""),
                json.body());
        assertTrue(json.body().contains("\"fix\":\"Send Consent="), json.body());
        Page one = browser.get(stub.baseUrl() + "/stub/api/exchanges/" + stub.lastExchange().sequence());
        assertTrue(one.body().contains("\"requestXml\":\"\\u003csaml2p:AuthnRequest"), one.body());
        assertEquals(404, browser.get(stub.baseUrl() + "/stub/api/exchanges/999999").status());
    }

    @Test
    @DisplayName("each test sees only its own exchanges (the extension resets before each test)")
    void exchangesAreResetBetweenTests(ClaveStub stub) {
        assertEquals(List.of(), stub.exchanges());
        assertEquals("[]", browser.get(stub.baseUrl() + "/stub/api/exchanges").body());
    }

    @Test
    @DisplayName("POST /stub/api/next-login scripts the next login: the SP's POST is answered at once")
    void scriptOverHttp(ClaveStub stub) {
        Page queued = browser.post(stub.baseUrl() + "/stub/api/next-login", Map.of("user", "nie", "method", "CLAVE_MOVIL"));
        assertEquals(202, queued.status(), queued.body());
        Page back = browser.post(stub.endpoint().toString(), TestRequest.valid(stub.endpoint().toString()).form());
        ResponseXml response = ResponseXml.decode(back.form().fields().get("SAMLResponse"));
        assertEquals(List.of("X1234567L"), response.attribute("PersonIdentifier"));
        assertEquals(List.of("IDP_MOVIL"), response.attribute("SelectedIdP"));
        assertEquals(400, browser.post(stub.baseUrl() + "/stub/api/next-login", Map.of("failure", "NOPE")).status());
    }

    @Test
    @DisplayName("the status page lists the exchange, the users and the dev-mode banner")
    void statusPage(ClaveStub stub) {
        browser.post(stub.endpoint().toString(), TestRequest.valid(stub.endpoint().toString()).form());
        String body = browser.get(stub.baseUrl() + "/stub").body();
        assertTrue(body.contains("class=\"banner\""), "dev mode banner");
        assertTrue(body.contains("21114293V_E04975701") && body.contains("Esperando al ciudadano"), body);
        assertTrue(body.contains("B12345674") && body.contains("X1234567L"), "users listed");
    }

    @Test
    @DisplayName("LGO-2 a LogoutRequest is answered with a signed Success LogoutResponse posted to its Issuer")
    void logout(ClaveStub stub) {
        TestLogoutRequest r = TestLogoutRequest.valid(stub.endpoint().toString());
        Page page = browser.post(stub.endpoint().toString(), r.form());
        var form = page.form();
        assertEquals(r.returnUrl, form.action());
        assertEquals(r.relayState, form.fields().get("RelayState"));
        ResponseXml response = ResponseXml.decode(form.fields().get("logoutResponse"));
        assertEquals("LogoutResponse", response.root().getLocalName());
        assertEquals(r.id, response.root().getAttribute("InResponseTo"));
        assertEquals("urn:oasis:names:tc:SAML:2.0:status:Success", response.statusCode());
        assertTrue(ResponseXml.signatureValid(response.root(), stub.signingCertificate()));
    }

    @Test
    @DisplayName("LGO-1 strict: a LogoutRequest breaking a rule gets a Requester LogoutResponse naming it")
    void logoutRejected(ClaveStub stub) {
        TestLogoutRequest r = TestLogoutRequest.valid(stub.endpoint().toString());
        r.nameId = "12345678Z";
        var form = browser.post(stub.endpoint().toString(), r.form()).form();
        ResponseXml response = ResponseXml.decode(form.fields().get("logoutResponse"));
        assertEquals("urn:oasis:names:tc:SAML:2.0:status:Requester", response.statusCode());
        assertTrue(response.statusMessage().contains("LGO-1"), response.statusMessage());
    }
}
