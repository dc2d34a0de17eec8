package es.clave.stub.http;

import es.clave.stub.ClaveStub;
import es.clave.stub.Failure;
import es.clave.stub.testing.Browser;
import es.clave.stub.testing.Browser.Page;
import es.clave.stub.testing.HtmlForm;
import es.clave.stub.testing.ResponseXml;
import es.clave.stub.testing.TestRequest;
import es.clave.stub.testing.TestSp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the stub answers to a request breaking a MUST rule, in strict and lenient mode. */
class StrictAndLenientTest {

    private final Browser browser = new Browser();

    @Test
    @DisplayName("strict: a MUST violation is answered with a signed Requester Response naming the rule, posted to the ACS")
    void strictRejectsWithErrorResponse() {
        try (ClaveStub stub = ClaveStub.builder().start()) {
            TestRequest r = TestRequest.valid(stub.endpoint().toString());
            r.providerName = "no-separator";
            Page page = browser.post(stub.endpoint().toString(), r.form());
            HtmlForm back = page.form();
            assertEquals(TestSp.ACS, back.action());
            assertEquals(r.relayState, back.fields().get("RelayState"));
            ResponseXml response = ResponseXml.decode(back.fields().get("SAMLResponse"));
            assertEquals(Failure.Status.REQUESTER, response.statusCode());
            assertTrue(response.statusMessage().contains("REQ-3"), response.statusMessage());
            assertEquals(r.id, response.root().getAttribute("InResponseTo"));
            assertTrue(ResponseXml.signatureValid(response.root(), stub.signingCertificate()));
            assertTrue(response.assertion().isEmpty());
            assertTrue(stub.lastExchange().outcome().startsWith("rejected"), stub.lastExchange().outcome());
        }
    }

    @Test
    @DisplayName("strict: without a usable ACS the violations are listed on a 400 error page")
    void strictWithoutAcsShowsErrorPage() {
        try (ClaveStub stub = ClaveStub.builder().start()) {
            TestRequest r = TestRequest.valid(stub.endpoint().toString());
            r.acs = "http://sp.example.es/acs";
            Page page = browser.post(stub.endpoint().toString(), r.form());
            assertEquals(400, page.status());
            assertTrue(page.body().contains("REQ-5"), page.body());
            assertFalse(page.body().contains("<form"), "no form back to an unusable ACS");
        }
    }

    @Test
    @DisplayName("lenient: a MUST violation is reported on the chooser and the login goes on")
    void lenientReportsAndContinues() {
        try (ClaveStub stub = ClaveStub.builder().strict(false).start()) {
            TestRequest r = TestRequest.valid(stub.endpoint().toString());
            r.loa = es.clave.stub.Loa.LOW;
            r.beforeSigning = d -> d.getDocumentElement().setAttribute("IsPassive", "true");
            Page chooser = browser.post(stub.endpoint().toString(), r.form());
            assertEquals(200, chooser.status());
            assertTrue(chooser.body().contains("id=\"method-AFIRMA\""), chooser.body());
            assertTrue(chooser.body().contains("REQ-4"), "finding shown on the chooser");
            assertTrue(stub.lastExchange().report().hasViolations());
        }
    }

    @Test
    @DisplayName("REQ-11 lenient: a request excluding every method can still be cancelled, but not logged into")
    void lenientEveryMethodExcluded() {
        try (ClaveStub stub = ClaveStub.builder().strict(false).start()) {
            TestRequest r = TestRequest.valid(stub.endpoint().toString());
            r.excluded = java.util.EnumSet.allOf(es.clave.stub.ClaveMethod.class);
            Page chooser = browser.post(stub.endpoint().toString(), r.form());
            assertFalse(chooser.body().contains("id=\"method-"), "no method to choose");
            Page cancelled = browser.get(stub.baseUrl() + chooser.linkById("cancel"));
            assertEquals(Failure.Status.RESPONDER, ResponseXml.decode(cancelled.form().fields().get("SAMLResponse")).statusCode());

            stub.nextLogin(es.clave.stub.LoginScript.success());
            Page refused = browser.post(stub.endpoint().toString(), reExcluded(stub));
            assertEquals(409, refused.status(), refused.body());
        }
    }

    private static Map<String, String> reExcluded(ClaveStub stub) {
        TestRequest r = TestRequest.valid(stub.endpoint().toString());
        r.excluded = java.util.EnumSet.allOf(es.clave.stub.ClaveMethod.class);
        return r.form();
    }

    @Test
    @DisplayName("BND-5: with dev mode off, an unregistered SP is rejected; once registered it is served")
    void registrationMattersWithoutDevMode() {
        try (ClaveStub stub = ClaveStub.builder().devMode(false).start()) {
            Page rejected = browser.post(stub.endpoint().toString(), TestRequest.valid(stub.endpoint().toString()).form());
            assertTrue(ResponseXml.decode(rejected.form().fields().get("SAMLResponse")).statusMessage().contains("BND-5"));

            stub.registerSp(TestSp.SP_CODE, TestSp.signing().certificate());
            Page chooser = browser.post(stub.endpoint().toString(), TestRequest.valid(stub.endpoint().toString()).form());
            assertTrue(chooser.body().contains("id=\"method-AFIRMA\""), chooser.body());
            assertFalse(chooser.body().contains("class=\"banner\""), "no dev-mode banner when dev mode is off");
            stub.lastExchange().report().assertClean();
        }
    }

    @Test
    @DisplayName("BND-6: a post to the Cl@ve 1 path is rejected with an explanation")
    void clave1PathExplained() {
        try (ClaveStub stub = ClaveStub.builder().start()) {
            Map<String, String> form = new LinkedHashMap<>(TestRequest.valid(stub.endpoint().toString()).form());
            form.put("forcedIdP", "AFIRMA");
            Page page = browser.post(stub.baseUrl() + "/Proxy/ServiceProvider", form);
            String message = ResponseXml.decode(page.form().fields().get("SAMLResponse")).statusMessage();
            assertTrue(message.contains("BND-6") && message.contains("/Proxy2/ServiceProvider"), message);
        }
    }

    @Test
    @DisplayName("BND-1: opening the endpoint with a browser GET shows the problems instead of a login")
    void getOnEndpoint() {
        try (ClaveStub stub = ClaveStub.builder().start()) {
            Page page = browser.get(stub.endpoint().toString());
            assertEquals(400, page.status());
            assertTrue(page.body().contains("BND-1") && page.body().contains("BND-2"), page.body());
        }
    }
}
