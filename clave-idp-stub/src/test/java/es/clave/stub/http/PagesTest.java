package es.clave.stub.http;

import es.clave.stub.ClaveMethod;
import es.clave.stub.junit.ClaveStubExtension;
import es.clave.stub.testing.Browser;
import es.clave.stub.testing.Browser.Page;
import es.clave.stub.testing.TestRequest;
import es.clave.stub.web.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The citizen's pages: methods shown, languages, escaping, accessibility basics. */
class PagesTest {

    @RegisterExtension
    static ClaveStubExtension clave = ClaveStubExtension.create();

    private final Browser browser = new Browser();

    private Page chooser(TestRequest r) {
        return browser.post(clave.stub().endpoint().toString(), r.form());
    }

    @Test
    @DisplayName("REQ-11 the chooser hides the methods the request excluded and keeps a cancel link")
    void excludedMethodsAreHidden() {
        TestRequest r = TestRequest.valid(clave.stub().endpoint().toString());
        r.excluded = EnumSet.of(ClaveMethod.CLAVE_PIN, ClaveMethod.EIDAS);
        String body = chooser(r).body();
        assertTrue(body.contains("id=\"method-AFIRMA\"") && body.contains("id=\"method-CLAVE_MOVIL\"")
                && body.contains("id=\"method-CLAVE_PERMANENTE\""), body);
        assertFalse(body.contains("id=\"method-CLAVE_PIN\"") || body.contains("id=\"method-EIDAS\""), body);
        assertTrue(body.contains("id=\"cancel\""));
    }

    @Test
    @DisplayName("REQ-11 the page of an excluded method is refused")
    void excludedMethodPageRefused() {
        TestRequest r = TestRequest.valid(clave.stub().endpoint().toString());
        r.excluded = EnumSet.of(ClaveMethod.CLAVE_PIN);
        String href = chooser(r).linkById("method-AFIRMA").replace("/AFIRMA", "/CLAVE_PIN");
        assertEquals(409, browser.get(clave.baseUrl() + href).status());
    }

    @Test
    @DisplayName("pages are in Spanish by default, follow Accept-Language, and ?lang= wins")
    void languages() {
        Page es = chooser(TestRequest.valid(clave.stub().endpoint().toString()));
        assertTrue(es.body().contains("<html lang=\"es\">") && es.body().contains("Elija un método de identificación"));
        String href = es.linkById("method-AFIRMA");
        Page en = browser.get(clave.baseUrl() + href.replace("?lang=es", ""), "en-GB,en;q=0.8");
        assertTrue(en.body().contains("<html lang=\"en\">") && en.body().contains("Test user"), en.body());
        Page ca = browser.get(clave.baseUrl() + href.replace("?lang=es", "?lang=ca"), "en");
        assertTrue(ca.body().contains("<html lang=\"ca\">") && ca.body().contains("Usuari de prova"), ca.body());
        Page gl = browser.get(clave.baseUrl() + "/stub?lang=gl");
        assertTrue(gl.body().contains("<html lang=\"gl\">") && gl.body().contains("Estado do simulador"));
        Page eu = browser.get(clave.baseUrl() + "/stub", "eu");
        assertTrue(eu.body().contains("<html lang=\"eu\">"));
    }

    @Test
    @DisplayName("SEC-H6 request values shown on pages are HTML-escaped")
    void valuesAreEscaped() {
        TestRequest r = TestRequest.valid(clave.stub().endpoint().toString());
        r.providerName = "21114293V_E04975701;&lt;script&gt;alert(1)&lt;/script&gt;";
        String body = chooser(r).body();
        assertFalse(body.contains("<script>alert(1)</script>"), body);
        assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), body);
    }

    @Test
    @DisplayName("the user page labels every radio button and offers the method's outcomes and the tester panel")
    void userPageIsAccessible() {
        Page chooserPage = chooser(TestRequest.valid(clave.stub().endpoint().toString()));
        String body = browser.get(clave.baseUrl() + chooserPage.linkById("method-AFIRMA")).body();
        assertTrue(body.contains("<label for=\"user-representante\">"), body);
        assertTrue(body.contains("<label for=\"outcome-CERTIFICATE_EXPIRED\">") && body.contains("<label for=\"outcome-CERTIFICATE_REVOKED\">"));
        assertTrue(body.contains("<label for=\"failure\">") && body.contains("<option value=\"XSW_WRAPPED\">"));
        assertTrue(body.contains("<h1>") && body.contains("<legend>"));
    }

    @Test
    @DisplayName("the auto-post page works without JavaScript: hidden inputs and a visible submit button")
    void autoPostPageWithoutJavaScript() {
        Page chooserPage = chooser(TestRequest.valid(clave.stub().endpoint().toString()));
        Page back = browser.get(clave.baseUrl() + chooserPage.linkById("cancel"));
        assertTrue(back.body().contains("<input type=\"hidden\" name=\"SAMLResponse\""));
        assertTrue(back.body().contains("<input type=\"hidden\" name=\"RelayState\""));
        assertTrue(back.body().contains("<button type=\"submit\""));
    }

    @Test
    @DisplayName("an unknown or already answered login shows a 404 page")
    void unknownLogin() {
        Page chooserPage = chooser(TestRequest.valid(clave.stub().endpoint().toString()));
        String cancel = clave.baseUrl() + chooserPage.linkById("cancel");
        assertEquals(200, browser.get(cancel).status());
        assertEquals(404, browser.get(cancel).status(), "each login is answered once");
        assertEquals(404, browser.get(clave.baseUrl() + "/stub/login/_nope").status());
    }

    @Test
    @DisplayName("every page text exists in es, ca, gl, eu and en")
    void bundlesAreComplete() throws Exception {
        java.util.Properties base = load("");
        for (String lang : Messages.LANGUAGES) {
            java.util.Properties p = lang.equals("es") ? base : load("_" + lang);
            assertEquals(base.keySet(), p.keySet(), "keys of messages_" + lang);
        }
    }

    private static java.util.Properties load(String suffix) throws Exception {
        java.util.Properties p = new java.util.Properties();
        try (var in = PagesTest.class.getResourceAsStream("/es/clave/stub/web/messages" + suffix + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
