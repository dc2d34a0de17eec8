package es.clave.sp.servlet.http;

import es.clave.stub.ClaveMethod;
import es.clave.stub.LoginScript;
import es.clave.stub.junit.ClaveStubExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SEC-H8 over HTTP: only a top-level navigation starts a login; the rest cannot disturb one in progress. */
class NavigationHttpTest {

    /** Request headers of what a page makes its browser fetch on its own, as Chromium sends them. */
    private static final List<Map<String, String>> SUBRESOURCES = List.of(
            Map.of("Sec-Fetch-Mode", "no-cors", "Sec-Fetch-Dest", "image", "Accept", "image/avif,image/webp,*/*;q=0.8"),
            Map.of("Sec-Fetch-Mode", "no-cors", "Sec-Fetch-Dest", "script", "Accept", "*/*"),
            Map.of("Sec-Fetch-Mode", "cors", "Sec-Fetch-Dest", "empty", "Accept", "*/*"),
            Map.of("Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document", "Sec-Purpose", "prefetch"),
            Map.of("Accept", "application/json", "X-Requested-With", "XMLHttpRequest"));
    private static final Map<String, String> NAVIGATION = Map.of("Sec-Fetch-Mode", "navigate",
            "Sec-Fetch-Dest", "document", "Sec-Fetch-User", "?1", "Accept", "text/html,*/*;q=0.8");

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

    @Test
    @DisplayName("SEC-H8 an image, script, fetch, prefetch or XHR at the login endpoint gets 401 and creates no binding cookie nor login")
    void loginWhenNotNavigationThen401AndNothingCreated() {
        for (Map<String, String> headers : SUBRESOURCES) {
            TestBrowser browser = harness.browser();
            TestBrowser.Page page = browser.get(harness.app.url("/clave/login"), headers);

            assertEquals(401, page.status(), headers.toString());
            assertEquals("Clave", page.header("WWW-Authenticate").orElseThrow());
            assertEquals("no-store", page.header("Cache-Control").orElseThrow());
            assertTrue(page.header("Vary").orElseThrow().contains("Sec-Fetch-Dest"));
            assertEquals(List.of(), page.setCookies(), "no binding cookie for " + headers);
            assertTrue(page.form().isEmpty(), "no auto-post form to the gateway for " + headers);
        }
    }

    @Test
    @DisplayName("SEC-H8 a sub-resource of a protected path gets 401, not a redirect that would start a login")
    void protectedPathWhenNotNavigationThen401() {
        TestBrowser browser = harness.browser();
        for (Map<String, String> headers : SUBRESOURCES) {
            assertEquals(401, browser.get(harness.app.url("/private/logo.png"), headers).status(), headers.toString());
        }
        TestBrowser.Page page = browser.get(harness.app.url("/private/"), NAVIGATION);
        assertEquals(302, page.status(), "a navigation is still sent to the login");
        assertTrue(page.header("Location").orElseThrow().contains("/clave/login"));
    }

    @Test
    @DisplayName("SEC-H8 a login completes although the browser asks for the favicon, images and a fetch() at the login while it is pending")
    void loginWhenSubresourcesRequestedWhilePendingThenCompletes() {
        TestBrowser browser = harness.browser();
        harness.stub.nextLogin(LoginScript.user("servlet-ana").via(ClaveMethod.CLAVE_MOVIL));
        TestBrowser.Page toGateway = browser.followRedirects(browser.get(harness.app.url("/private/"), NAVIGATION));
        assertEquals(200, toGateway.status(), toGateway.body());
        String binding = browser.cookie("CLAVE_PENDING").orElseThrow();

        for (Map<String, String> headers : SUBRESOURCES) {
            browser.get(harness.app.url("/clave/login"), headers);
            browser.get(harness.app.url("/favicon.ico"), headers);
            browser.get(harness.app.url("/private/data.json"), headers);
        }
        assertEquals(binding, browser.cookie("CLAVE_PENDING").orElseThrow(), "the binding cookie is untouched");

        TestBrowser.Page page = browser.settle(toGateway);
        assertEquals(200, page.status(), page.body());
        Expect.contains(page.body(), "<h1>PRIVATE</h1>");
        assertEquals(harness.app.url("/private/"), page.uri().toString());
    }
}
