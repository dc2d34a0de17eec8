package es.clave.sp.servlet.http;

import es.clave.sp.error.ClaveMessages;
import es.clave.sp.servlet.web.ClaveStyles;
import es.clave.sp.servlet.web.Html;
import es.clave.stub.ClaveMethod;
import es.clave.stub.LoginScript;
import es.clave.stub.junit.ClaveStubExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The adapter's own pages as a citizen gets them: the logout confirmation in the browser's language
 * (Spanish when it asks for none of the five), the shared stylesheet inlined under the CSP nonce
 * with its theming hooks, the application's theme stylesheet, and {@code clave.css} itself.
 */
class CitizenPagesHttpTest {

    private static final ClaveMessages MESSAGES = new ClaveMessages();
    private static final Pattern STYLE_NONCE = Pattern.compile("<style nonce=\"([^\"]+)\">");

    @RegisterExtension
    static final ClaveStubExtension CLAVE = Harness.stubExtension();
    private static Harness harness;

    @BeforeAll
    static void start() throws Exception {
        harness = Harness.start(CLAVE.stub(), b -> b.afterLogout("/clave/logged-out"));
    }

    @AfterAll
    static void stop() throws Exception {
        harness.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(value = {"es-ES,es", "ca,ca", "gl-ES,gl", "eu,eu", "en-GB,en", "fr-FR,es", "de;q=1.0,es", "NONE,es"},
            nullValues = "NONE")
    @DisplayName("LGO-2 the logout confirmation is in the Accept-Language language, Spanish without a supported one")
    void loggedOutPageWhenLanguageAskedThenThatLanguageOrSpanish(String acceptLanguage, String expected) {
        TestBrowser.Page page = harness.browser().acceptLanguage(acceptLanguage).get(harness.app.url("/clave/logged-out"));

        assertEquals(200, page.status(), page.body());
        Locale locale = Locale.forLanguageTag(expected);
        Expect.contains(page.body(), "<html lang=\"" + expected + "\"",
                "<h1>" + Html.escape(MESSAGES.message(ClaveMessages.LOGOUT_TITLE, locale)) + "</h1>",
                Html.escape(MESSAGES.message(ClaveMessages.LOGOUT_MESSAGE, locale)),
                "<a class=\"clave-button home\" href=\"/app/\">" + Html.escape(MESSAGES.message(ClaveMessages.HOME, locale)));
    }

    @Test
    @DisplayName("LGO-1 LGO-2 with after-logout set to <prefix>/logged-out, a confirmed logout ends on the confirmation page")
    void logoutWhenConfirmedThenConfirmationPage() {
        TestBrowser browser = harness.browser();
        harness.login(browser, LoginScript.user("servlet-ana").via(ClaveMethod.CLAVE_MOVIL), "/private/");

        TestBrowser.Page end = browser.settle(browser.get(harness.app.url("/clave/logout")));

        assertEquals("/app/clave/logged-out", end.uri().getPath());
        Expect.contains(end.body(), Html.escape(MESSAGES.message(ClaveMessages.LOGOUT_TITLE, Locale.forLanguageTag("es"))));
    }

    @Test
    @DisplayName("SEC-H6 the pages inline the shared stylesheet under the CSP nonce, with the theming hooks, and no inline script allowed without it")
    void pageWhenRenderedThenStylesheetUnderNonceAndHooks() {
        TestBrowser.Page page = harness.browser().get(harness.app.url("/clave/logged-out"));

        Matcher nonce = STYLE_NONCE.matcher(page.body());
        assertTrue(nonce.find(), page.body());
        String csp = page.header("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("style-src 'nonce-" + nonce.group(1) + "';"), csp);
        assertTrue(csp.contains("script-src 'nonce-" + nonce.group(1) + "'"), csp);
        Expect.doesNotContain(csp, "unsafe-inline", "'self'");
        Expect.contains(page.body(), ClaveStyles.css(), "<body class=\"clave-page clave-page--logout\">",
                "<main class=\"clave-card\">", "var(--clave-accent, ", "var(--clave-font, ");
    }

    @Test
    @DisplayName("BND-1 the auto-post page keeps a visible submit button and submits itself only through the nonce'd script")
    void autoPostWhenRenderedThenButtonAndNonceScript() {
        TestBrowser browser = harness.browser();
        TestBrowser.Page page = browser.get(harness.app.url("/clave/login"));

        Matcher nonce = STYLE_NONCE.matcher(page.body());
        assertTrue(nonce.find(), page.body());
        Expect.contains(page.body(), "<body class=\"clave-page clave-page--redirect\">",
                "<button type=\"submit\" class=\"clave-button\">" + MESSAGES.message(ClaveMessages.CONTINUE, Locale.forLanguageTag("es")),
                "<script nonce=\"" + nonce.group(1) + "\">document.forms[0].submit();</script>");
        String csp = page.header("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'nonce-" + nonce.group(1) + "';"), csp);
    }

    @Test
    @DisplayName("clave.servlet.theme-stylesheet links the application's stylesheet after the built-in one, allowed by style-src 'self'")
    void themeWhenConfiguredThenLinkedAndAllowed() throws Exception {
        try (Harness themed = Harness.start(CLAVE.stub(), b -> b.themeStylesheet("/css/clave-theme.css"))) {
            TestBrowser.Page page = themed.browser().get(themed.app.url("/clave/logged-out"));

            String body = page.body();
            int link = body.indexOf("<link rel=\"stylesheet\" href=\"/app/css/clave-theme.css\">");
            assertTrue(link > body.indexOf("</style>") && body.indexOf("</style>") > 0, body);
            String csp = page.header("Content-Security-Policy").orElseThrow();
            assertTrue(csp.matches(".*style-src 'nonce-[^']+' 'self';.*"), csp);
        }
    }

    @Test
    @DisplayName("GET <prefix>/clave.css serves the stylesheet as CSS; other methods are refused")
    void stylesheetWhenRequestedThenCss() {
        TestBrowser browser = harness.browser();
        TestBrowser.Page css = browser.get(harness.app.url("/clave/clave.css"));

        assertEquals(200, css.status());
        assertEquals("text/css;charset=utf-8", css.header("Content-Type").orElseThrow().replace(" ", "").toLowerCase(Locale.ROOT));
        assertEquals("nosniff", css.header("X-Content-Type-Options").orElseThrow());
        assertEquals(ClaveStyles.css(), css.body());
        Expect.contains(css.body(), ".clave-button {", ".clave-button:focus-visible");

        TestBrowser.Page post = browser.post(harness.app.url("/clave/clave.css"), Map.of(), harness.app.url("/"));
        assertEquals(405, post.status());
    }
}
