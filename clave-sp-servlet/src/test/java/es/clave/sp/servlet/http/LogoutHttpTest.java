package es.clave.sp.servlet.http;

import es.clave.stub.ClaveMethod;
import es.clave.stub.LoginScript;
import es.clave.stub.exchange.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import es.clave.stub.junit.ClaveStubExtension;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logout: local session first (LGO-3), then the gateway (LGO-1, LGO-2). */
class LogoutHttpTest {

    @RegisterExtension
    static final ClaveStubExtension CLAVE = Harness.stubExtension();
    private static Harness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = Harness.start(CLAVE.stub(), b -> b.afterLogout("/bye"));
    }

    @AfterAll
    static void stop() throws Exception {
        harness.close();
    }

    private static TestBrowser signedIn() {
        TestBrowser browser = harness.browser();
        TestBrowser.Page page = harness.login(browser, LoginScript.user("servlet-ana").via(ClaveMethod.CLAVE_MOVIL), "/private/");
        assertEquals(200, page.status(), page.body());
        return browser;
    }

    @Test
    @DisplayName("LGO-1 LGO-2 logout posts a LogoutRequest, the gateway confirms, the citizen lands on after-logout")
    void logoutWhenGatewayConfirmsThenAfterLogoutPage() {
        TestBrowser browser = signedIn();

        TestBrowser.Page toGateway = browser.get(harness.app.url("/clave/logout"));
        assertEquals(200, toGateway.status());
        HtmlForm form = toGateway.form().orElseThrow();
        assertTrue(form.fields().containsKey("logoutRequest"), form.fields().toString());
        Expect.contains(Harness.decode(form.fields().get("logoutRequest")), "LogoutRequest");

        TestBrowser.Page end = browser.settle(toGateway);
        assertEquals(Exchange.Kind.LOGOUT, CLAVE.lastExchange().kind());
        assertTrue(CLAVE.lastExchange().report().isClean(), CLAVE.lastExchange().report().findings().toString());
        assertEquals("/app/bye", end.uri().getPath());
        assertEquals(302, browser.get(harness.app.url("/private/")).status(), "signed out: protected page asks for login");
    }

    @Test
    @DisplayName("LGO-2 without clave.sp.logout-return-url the gateway answers at the ACS, which completes the logout")
    void logoutWhenAnswerPostedToAcsThenCompleted() throws Exception {
        try (Harness acsOnly = Harness.start(CLAVE.stub(), b -> b.afterLogout("/bye"), c -> c.logoutReturnUrl(null))) {
            TestBrowser browser = acsOnly.browser();
            acsOnly.login(browser, LoginScript.user("servlet-ana").via(ClaveMethod.CLAVE_MOVIL), "/private/");

            TestBrowser.Page toGateway = browser.get(acsOnly.app.url("/clave/logout"));
            TestBrowser.Page answer = browser.submit(toGateway);
            assertEquals(acsOnly.app.url("/clave/acs"), answer.form().orElseThrow().action());
            TestBrowser.Page end = browser.followRedirects(browser.submit(answer));

            assertEquals("/app/bye", end.uri().getPath());
        }
    }

    @Test
    @DisplayName("LGO-3 the local session ends as soon as logout starts, before the gateway answers")
    void logoutWhenGatewayNeverAnswersThenLocalSessionAlreadyEnded() {
        TestBrowser browser = signedIn();

        TestBrowser.Page toGateway = browser.get(harness.app.url("/clave/logout"));
        assertEquals(200, toGateway.status());
        // the citizen closes the tab instead of going on to the gateway

        assertEquals(302, browser.get(harness.app.url("/private/")).status());
    }

    @Test
    @DisplayName("LGO-3 a missing gateway answer is reported: the page says Cl@ve did not confirm the logout")
    void logoutReturnWhenNoAnswerThenReported() {
        TestBrowser browser = signedIn();
        browser.get(harness.app.url("/clave/logout"));

        TestBrowser.Page page = browser.get(harness.app.url("/clave/logout/return"));

        assertEquals(502, page.status());
        Expect.contains(page.body(), "Cl@ve no ha confirmado el cierre");
        assertEquals(302, browser.get(harness.app.url("/private/")).status());
    }

    @Test
    @DisplayName("LGO-2 a forged logoutResponse is reported, not taken as a confirmation")
    void logoutReturnWhenAnswerForgedThenReported() {
        TestBrowser browser = signedIn();
        TestBrowser.Page toGateway = browser.get(harness.app.url("/clave/logout"));
        String relayState = toGateway.form().orElseThrow().fields().get("RelayState");

        TestBrowser.Page page = browser.post(harness.app.url("/clave/logout/return"),
                Map.of("logoutResponse", "PHNhbWxwOkxvZ291dFJlc3BvbnNlLz4=", "RelayState", relayState),
                harness.stubOrigin());

        assertEquals(502, page.status());
        Expect.contains(page.body(), "Cl@ve no ha confirmado el cierre");
        Expect.doesNotContain(page.body(), "Exception", "at es.clave");
    }

    @Test
    @DisplayName("logout without a Cl@ve session just goes to the after-logout page, no gateway round trip")
    void logoutWhenNotSignedInThenAfterLogout() {
        TestBrowser.Page page = harness.browser().get(harness.app.url("/clave/logout"));

        assertEquals(303, page.status());
        assertEquals("/app/bye", page.header("Location").orElseThrow());
    }

    @Test
    @DisplayName("SEC-H1 logout returnTo to another origin is ignored")
    void logoutWhenReturnToForeignThenAfterLogout() {
        TestBrowser.Page page = harness.browser().get(harness.app.url("/clave/logout?returnTo=https://evil.example/"));

        assertEquals("/app/bye", page.header("Location").orElseThrow());
    }
}
