package es.clave.sp.servlet.http;

import es.clave.sp.error.ClaveMessages;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.servlet.web.Html;
import es.clave.stub.ClaveMethod;
import es.clave.stub.LoginScript;
import es.clave.stub.exchange.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import es.clave.stub.junit.ClaveStubExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Full logins through the filter, the stub and a real servlet container. */
class LoginFlowHttpTest {

    @RegisterExtension
    static final ClaveStubExtension CLAVE = Harness.stubExtension();
    private static Harness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = Harness.start(CLAVE.stub());
    }

    @AfterAll
    static void stop() throws Exception {
        harness.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "AFIRMA, servlet-ana, CERTIFICATE, 12345678Z",
            "CLAVE_PERMANENTE, servlet-ana, CLAVE_PERMANENTE, 12345678Z",
            "CLAVE_PIN, servlet-ana, CLAVE_PIN, 12345678Z",
            "CLAVE_MOVIL, servlet-ana, CLAVE_MOVIL, 12345678Z",
            "EIDAS, servlet-hans, EU_EIDAS, DE123456789"})
    @DisplayName("BND-2 login with each method reaches the protected page with the identity as principal")
    void loginWhenMethodUsedThenIdentityOnProtectedPage(ClaveMethod method, String user, String expectedMethod,
                                                        String expectedIdentifier) {
        TestBrowser.Page page = harness.login(harness.browser(), LoginScript.user(user).via(method), "/private/");

        assertEquals(200, page.status(), page.body());
        assertEquals("/app/private/", page.uri().getPath());
        Expect.contains(page.body(), "<h1>PRIVATE</h1>", "<p id=\"method\">" + expectedMethod + "</p>",
                "<p id=\"principal\">ClaveIdentity</p>");
        Expect.matches(page.body(), "<p id=\"remote-user\">[^<]*" + expectedIdentifier + "</p>");
    }

    @Test
    @DisplayName("REQ-1..14 the AuthnRequest the filter sends passes every check of the stub's conformance report")
    void loginWhenThroughFilterThenRequestConformsToStubChecks() {
        harness.login(harness.browser(), LoginScript.user("servlet-ana").via(ClaveMethod.CLAVE_MOVIL), "/private/");

        Exchange exchange = CLAVE.lastExchange();
        assertEquals(Exchange.Kind.LOGIN, exchange.kind());
        assertTrue(exchange.report().isClean(), exchange.report().findings().toString());
    }

    @Test
    @DisplayName("a protected page redirects an anonymous GET to login and comes back to it, query included")
    void protectedPageWhenAnonymousThenLoginAndBackToSamePage() {
        TestBrowser browser = harness.browser();
        TestBrowser.Page first = browser.get(harness.app.url("/private/report?year=2025&q=a%20b"));
        assertEquals(302, first.status());
        assertEquals("/app/clave/login?returnTo=%2Fapp%2Fprivate%2Freport%3Fyear%3D2025%26q%3Da%2520b",
                first.header("Location").orElseThrow());

        harness.stub.nextLogin(LoginScript.user("servlet-ana").via(ClaveMethod.CLAVE_MOVIL));
        TestBrowser.Page page = browser.settle(first);

        assertEquals(200, page.status(), page.body());
        assertEquals("/app/private/report", page.uri().getPath());
        assertEquals("year=2025&q=a%20b", page.uri().getRawQuery());
        Expect.contains(page.body(), "<h1>PRIVATE</h1>");
    }

    @Test
    @DisplayName("a protected POST without a signed-in citizen gets 401 and the error page, not the servlet")
    void protectedPostWhenAnonymousThen401() {
        TestBrowser.Page page = harness.browser().post(harness.app.url("/private/form"), Map.of("a", "b"), null);

        assertEquals(401, page.status());
        Expect.doesNotContain(page.body(), "POSTED");
        Expect.contains(page.body(), "Debe identificarse con Cl@ve");
    }

    @Test
    @DisplayName("after login the session stays signed in: the next protected request needs no gateway")
    void protectedPageWhenSignedInThenServedDirectly() {
        TestBrowser browser = harness.browser();
        harness.login(browser, LoginScript.user("servlet-ana").via(ClaveMethod.CLAVE_PIN), "/private/");

        TestBrowser.Page again = browser.get(harness.app.url("/private/other"));

        assertEquals(200, again.status());
        Expect.contains(again.body(), "<h1>PRIVATE</h1>");
    }

    @Test
    @DisplayName("RSP-12 a representative's login shows the represented company")
    void loginWhenRepresentativeThenCompanyShown() {
        TestBrowser.Page page = harness.login(harness.browser(),
                LoginScript.user("servlet-rosa").via(ClaveMethod.AFIRMA), "/private/");

        Expect.contains(page.body(), "En representación de", "Ejemplo Servicios SL", "B12345674");
    }

    @Test
    @DisplayName("REQ-13 loa=high from the login link is requested from the gateway")
    void loginWhenLoaHighParameterThenRequestAsksHigh() {
        TestBrowser.Page form = harness.browser().get(harness.app.url("/clave/login?loa=high"));

        Expect.contains(samlRequest(form), "http://eidas.europa.eu/LoA/high");
    }

    @Test
    @DisplayName("REQ-13 a link cannot lower the configured LoA: loa=low under a substantial default asks substantial")
    void loginWhenLoaBelowConfiguredThenConfiguredLoa() throws Exception {
        try (Harness strict = Harness.start(CLAVE.stub(), b -> b, c -> c.defaultLoa(LevelOfAssurance.SUBSTANTIAL))) {
            String request = samlRequest(strict.browser().get(strict.app.url("/clave/login?loa=low")));

            Expect.contains(request, "http://eidas.europa.eu/LoA/substantial");
            Expect.doesNotContain(request, "LoA/low");
        }
    }

    @Test
    @DisplayName("REQ-11 methods=clave-movil offers only Cl@ve Movil: every other method is excluded")
    void loginWhenMethodsParameterThenOthersExcluded() {
        String request = samlRequest(harness.browser().get(harness.app.url("/clave/login?methods=clave-movil&forceAuthn=true")));

        Expect.contains(request, "http://es.minhafp.clave/AFirmaIdP", "http://es.minhafp.clave/GISSIdP",
                "http://es.minhafp.clave/AEATIdP", "http://es.minhafp.clave/EIDASIdP", "ForceAuthn=\"true\"");
        Expect.doesNotContain(request, "http://es.minhafp.clave/CLVMOVILIdP");
    }

    @Test
    @DisplayName("unknown login parameters answer 400 with the error page instead of being ignored")
    void loginWhenUnknownParameterValueThen400() {
        TestBrowser browser = harness.browser();
        assertEquals(400, browser.get(harness.app.url("/clave/login?loa=extreme")).status());
        assertEquals(400, browser.get(harness.app.url("/clave/login?methods=carrier-pigeon")).status());
        assertEquals(400, browser.get(harness.app.url("/clave/login?forceAuthn=maybe")).status());
    }

    @Test
    @DisplayName("BND-1 the auto-post page works without JavaScript: a visible submit button inside the form")
    void loginPageWhenRenderedThenVisibleSubmitButton() {
        TestBrowser.Page form = harness.browser().get(harness.app.url("/clave/login"));

        assertEquals(200, form.status());
        Expect.matches(form.body(), "<form method=\"post\" action=\"" + Pattern.quote(harness.stub.baseUrl())
                + "/Proxy2/ServiceProvider\">");
        Expect.contains(form.body(), "<button type=\"submit\" class=\"clave-button\">Continuar</button>", "name=\"RelayState\"");
        assertEquals("no-store", form.header("Cache-Control").orElseThrow());
        assertTrue(form.header("Content-Security-Policy").orElseThrow().contains("form-action " + harness.stubOrigin()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"es", "ca", "gl", "eu", "en"})
    @DisplayName("the button is labelled in the browser's language and links to the login endpoint with returnTo")
    void homeWhenRenderedThenLocalizedButton(String language) {
        TestBrowser.Page home = harness.browser().acceptLanguage(language).get(harness.app.url("/"));

        String label = Html.escape(new ClaveMessages().message(ClaveMessages.LOGIN_BUTTON, Locale.forLanguageTag(language)));
        Expect.contains(home.body(), "<a class=\"clave-button\" lang=\"" + language
                + "\" href=\"/app/clave/login?returnTo=%2Fapp%2Fprivate%2F\">" + label + "</a>");
    }

    private static String samlRequest(TestBrowser.Page page) {
        return Harness.decode(page.form().orElseThrow().fields().get("SAMLRequest"));
    }
}
