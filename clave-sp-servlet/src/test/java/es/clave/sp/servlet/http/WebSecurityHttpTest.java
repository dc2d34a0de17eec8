package es.clave.sp.servlet.http;

import es.clave.sp.error.ClaveError;
import es.clave.sp.error.ClaveMessages;
import es.clave.sp.servlet.web.Html;
import es.clave.stub.ClaveMethod;
import es.clave.stub.LoginScript;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import es.clave.stub.junit.ClaveStubExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SEC-H1 … SEC-H7 over HTTP, in a real container, against the stub. */
class WebSecurityHttpTest {

    private static final String SECURITY_TEXT = Html.escape(new ClaveMessages()
            .message(ClaveError.RESPONSE_MISSING, Locale.forLanguageTag("es")));
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

    private static LoginScript ana() {
        return LoginScript.user("servlet-ana").via(ClaveMethod.CLAVE_MOVIL);
    }

    // ---- H1 ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"https://evil.example/", "http://evil.example", "//evil.example/x", "///evil.example",
            "/\\evil.example", "\\/evil.example", "javascript:alert(document.domain)", "/x\r\nSet-Cookie: p=1",
            "/%2F%2Fevil.example", "/%5Cevil.example", "%2F%2Fevil.example", "/\t/evil.example", "evil.example"})
    @DisplayName("SEC-H1 returnTo that could leave the origin is ignored: after login the default page is used")
    void loginWhenReturnToNotSameOriginRelativeThenDefaultPage(String evil) {
        harness.stub.nextLogin(ana());
        TestBrowser browser = harness.browser();

        TestBrowser.Page page = browser.navigate(harness.app.url("/clave/login?returnTo="
                + URLEncoder.encode(evil, StandardCharsets.UTF_8)));

        assertEquals(harness.app.url("/"), page.uri().toString(), "landed on " + page.uri());
        Expect.contains(page.body(), "<h1>HOME</h1>");
    }

    @Test
    @DisplayName("SEC-H1 the RelayState sent to the gateway is an opaque token, never the returnTo URL")
    void loginWhenReturnToGivenThenRelayStateOpaque() {
        TestBrowser.Page form = harness.browser().get(harness.app.url("/clave/login?returnTo=%2Fapp%2Fprivate%2Fx"));

        String relayState = form.form().orElseThrow().fields().get("RelayState");
        assertFalse(relayState.contains("/"), relayState);
        assertFalse(relayState.contains("private"), relayState);
        assertTrue(relayState.length() <= 80, relayState);
    }

    // ---- H2 ------------------------------------------------------------------------------------

    @Test
    @DisplayName("SEC-H2 login CSRF: a response started in browser A and delivered through browser B signs nobody in")
    void acsWhenResponseDeliveredByAnotherBrowserThenRefused() {
        TestBrowser victim = harness.browser();
        TestBrowser attacker = harness.browser();
        harness.stub.nextLogin(ana());
        TestBrowser.Page toGateway = attacker.get(harness.app.url("/clave/login"));
        TestBrowser.Page toAcs = attacker.submit(toGateway);
        assertTrue(toAcs.form().orElseThrow().fields().containsKey("SAMLResponse"), toAcs.body());

        TestBrowser.Page forced = victim.submit(toAcs);

        assertEquals(400, forced.status(), forced.body());
        Expect.contains(forced.body(), SECURITY_TEXT);
        assertEquals(302, victim.get(harness.app.url("/private/")).status(), "the victim is not signed in");
        TestBrowser.Page late = attacker.submit(toAcs);
        assertEquals(400, late.status(), "the pending login was consumed by the refused attempt");
        assertEquals(302, attacker.get(harness.app.url("/private/")).status());
    }

    // ---- H3 ------------------------------------------------------------------------------------

    @Test
    @DisplayName("SEC-H3 the ACS works with a SameSite=Lax session cookie that the cross-site POST does not carry")
    void acsWhenSessionCookieLaxAndPostCrossSiteThenLoginWorks() {
        TestBrowser browser = harness.browser();
        TestBrowser.Page touch = browser.get(harness.app.url("/touch"));
        String sessionCookie = touch.setCookie("JSESSIONID").orElseThrow();
        assertTrue(sessionCookie.toLowerCase(Locale.ROOT).contains("samesite=lax"), sessionCookie);

        TestBrowser.Page page = harness.login(browser, ana(), "/private/");

        assertEquals(200, page.status(), page.body());
        Expect.contains(page.body(), "<h1>PRIVATE</h1>");
        // the old session never reached the ACS (Lax cookie withheld), so its attribute is not in the new one
        Expect.contains(page.body(), "<p id=\"app-attribute\">null</p>");
    }

    // ---- H4 ------------------------------------------------------------------------------------

    @Test
    @DisplayName("SEC-H4 the session id changes at login; the old id is worthless, the application's attributes stay")
    void acsWhenSessionExistsThenIdRotatedAndAttributesKept() {
        TestBrowser sameSite = new TestBrowser("http://not-the-gateway.invalid");
        sameSite.get(harness.app.url("/touch"));
        String before = sameSite.cookie("JSESSIONID").orElseThrow();

        TestBrowser.Page page = harness.login(sameSite, ana(), "/private/");

        String after = sameSite.cookie("JSESSIONID").orElseThrow();
        assertNotEquals(before, after);
        Expect.contains(page.body(), "<h1>PRIVATE</h1>", "<p id=\"app-attribute\">kept</p>");
        TestBrowser planted = harness.browser();
        planted.plantCookie("JSESSIONID", before, "localhost", "/app");
        assertEquals(302, planted.get(harness.app.url("/private/")).status(), "the pre-login id does not sign anyone in");
    }

    @Test
    @DisplayName("SEC-H4 another citizen logging in over a signed-in session gets a fresh session: nothing of the previous one stays")
    void acsWhenAnotherCitizenLogsInOverSignedInSessionThenFreshSession() {
        TestBrowser sameSite = new TestBrowser("http://not-the-gateway.invalid");
        harness.login(sameSite, ana(), "/private/");
        sameSite.get(harness.app.url("/touch"));
        String anasSession = sameSite.cookie("JSESSIONID").orElseThrow();

        TestBrowser.Page page = harness.login(sameSite, LoginScript.user(TestUsers.REPRESENTATIVE.id())
                .via(ClaveMethod.AFIRMA), "/clave/login?returnTo=%2Fapp%2Fprivate%2F");

        Expect.contains(page.body(), "<h1>PRIVATE</h1>", TestUsers.REPRESENTATIVE.identifier(),
                "<p id=\"app-attribute\">null</p>");
        assertFalse(page.body().contains(TestUsers.ANA.identifier()), page.body());
        assertNotEquals(anasSession, sameSite.cookie("JSESSIONID").orElseThrow());
        TestBrowser planted = harness.browser();
        planted.plantCookie("JSESSIONID", anasSession, "localhost", "/app");
        assertEquals(302, planted.get(harness.app.url("/private/")).status(), "the previous citizen's session is gone");
    }

    @Test
    @DisplayName("SEC-H4 the same citizen logging in again keeps the session's attributes under a new id")
    void acsWhenSameCitizenLogsInAgainThenIdRotatedAndAttributesKept() {
        TestBrowser sameSite = new TestBrowser("http://not-the-gateway.invalid");
        harness.login(sameSite, ana(), "/private/");
        sameSite.get(harness.app.url("/touch"));
        String before = sameSite.cookie("JSESSIONID").orElseThrow();

        TestBrowser.Page page = harness.login(sameSite, LoginScript.user("servlet-ana").via(ClaveMethod.CLAVE_PIN),
                "/clave/login?returnTo=%2Fapp%2Fprivate%2F");

        Expect.contains(page.body(), "<h1>PRIVATE</h1>", "<p id=\"method\">CLAVE_PIN</p>",
                "<p id=\"app-attribute\">kept</p>");
        assertNotEquals(before, sameSite.cookie("JSESSIONID").orElseThrow());
    }

    @Test
    @DisplayName("SEC-H4 pre-login state is consumed once: posting the same response again is refused")
    void acsWhenSameResponsePostedTwiceThenSecondRefused() {
        TestBrowser browser = harness.browser();
        harness.stub.nextLogin(ana());
        TestBrowser.Page toAcs = browser.submit(browser.get(harness.app.url("/clave/login")));
        TestBrowser.Page first = browser.submit(toAcs);
        assertEquals(303, first.status(), first.body());

        TestBrowser.Page second = browser.submit(toAcs);

        assertEquals(400, second.status());
        Expect.contains(second.body(), SECURITY_TEXT);
    }

    // ---- H5 ------------------------------------------------------------------------------------

    @Test
    @DisplayName("SEC-H5 the binding cookie is HttpOnly, Secure, SameSite=None, scoped to the endpoints and short-lived")
    void loginWhenStartedThenBindingCookieFlags() {
        String cookie = harness.browser().get(harness.app.url("/clave/login")).setCookie("CLAVE_PENDING").orElseThrow();

        assertCookie(cookie, true, "None");
        assertTrue(cookie.contains("Path=/app/clave"), cookie);
        assertTrue(cookie.contains("Max-Age=600"), cookie);
    }

    @Test
    @DisplayName("SEC-H5 on a plain-http localhost ACS the binding cookie drops Secure and uses SameSite=Lax")
    void loginWhenPlainHttpLocalhostThenNotSecureAndLax() throws Exception {
        try (Harness local = Harness.start(CLAVE.stub(), b -> b.cookieAlwaysSecure(false))) {
            String cookie = local.browser().get(local.app.url("/clave/login")).setCookie("CLAVE_PENDING").orElseThrow();

            assertCookie(cookie, false, "Lax");
        }
    }

    @Test
    @DisplayName("SEC-H5 with an https ACS the binding cookie is Secure and SameSite=None without any setting")
    void loginWhenHttpsAcsThenSecureAndNone() throws Exception {
        try (Harness https = Harness.start(CLAVE.stub(), b -> b.cookieAlwaysSecure(false),
                c -> c.acsUrl("https://sp.example.test/app/clave/acs"))) {
            String cookie = https.browser().get(https.app.url("/clave/login")).setCookie("CLAVE_PENDING").orElseThrow();

            assertCookie(cookie, true, "None");
        }
    }

    @Test
    @DisplayName("SEC-H2 logins started in two tabs of one browser share its binding and both complete")
    void acsWhenTwoTabsOfOneBrowserThenBothComplete() {
        TestBrowser browser = harness.browser();
        TestBrowser.Page tab1 = browser.get(harness.app.url("/clave/login?returnTo=%2Fapp%2Fprivate%2Fone"));
        TestBrowser.Page tab2 = browser.get(harness.app.url("/clave/login?returnTo=%2Fapp%2Fprivate%2Ftwo"));
        assertEquals(tab1.setCookie("CLAVE_PENDING").orElseThrow().split(";")[0],
                tab2.setCookie("CLAVE_PENDING").orElseThrow().split(";")[0], "the second login reuses the binding");

        harness.stub.nextLogin(ana());
        TestBrowser.Page first = browser.settle(tab1);
        harness.stub.nextLogin(ana());
        TestBrowser.Page second = browser.settle(tab2);

        assertEquals("/app/private/one", first.uri().getPath(), first.body());
        assertEquals("/app/private/two", second.uri().getPath(), second.body());
    }

    private static void assertCookie(String cookie, boolean secure, String sameSite) {
        String lower = cookie.toLowerCase(Locale.ROOT);
        assertTrue(lower.contains("httponly"), cookie);
        assertEquals(secure, lower.contains("; secure"), cookie);
        assertTrue(lower.contains("samesite=" + sameSite.toLowerCase(Locale.ROOT)), cookie);
    }

    // ---- H6 ------------------------------------------------------------------------------------

    @Test
    @DisplayName("SEC-H6 attribute values with markup from the gateway are shown escaped")
    void protectedPageWhenAttributesCarryMarkupThenEscaped() {
        TestBrowser.Page page = harness.login(harness.browser(),
                LoginScript.user("servlet-markup").via(ClaveMethod.CLAVE_MOVIL), "/private/");

        assertEquals(200, page.status(), page.body());
        Expect.contains(page.body(), "&lt;script&gt;alert(1)&lt;/script&gt;", "O&#39;Brien&quot;&amp;&lt;b&gt;");
        Expect.doesNotContain(page.body(), "<script>alert(1)", "<b>");
    }

    // ---- H7 ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"not base64 at all!!", "PHg+", "PD94bWwgdmVyc2lvbj0iMS4wIj8+PCFET0NUWVBFIHggWzwhRU5USVRZIHggU1lTVEVNICJmaWxlOi8vL2V0Yy9wYXNzd2QiPl0+PHg+Jng7PC94Pg==", ""})
    @DisplayName("SEC-H7 garbage, non-XML and DOCTYPE SAMLResponses end in a 400 page without exception text")
    void acsWhenGarbageThen400WithoutInternals(String samlResponse) {
        TestBrowser browser = harness.browser();
        TestBrowser.Page form = browser.get(harness.app.url("/clave/login"));
        String relayState = form.form().orElseThrow().fields().get("RelayState");

        TestBrowser.Page page = browser.post(harness.app.url("/clave/acs"),
                Map.of("SAMLResponse", samlResponse, "RelayState", relayState), harness.stubOrigin());

        assertEquals(400, page.status(), page.body());
        assertNoInternals(page);
        Expect.contains(page.body(), SECURITY_TEXT);
    }

    @Test
    @DisplayName("SEC-H7 SEC-X4 a body over the cap is refused with 413 before parsing (declared length)")
    void acsWhenBodyOverCapThen413() throws Exception {
        // a raw connection that declares 400 KiB but sends only the first bytes: the answer must
        // come from the declared length alone (an HTTP client uploading the whole body would race
        // the server closing the connection after its early 413)
        java.net.URI acs = java.net.URI.create(harness.app.url("/clave/acs"));
        try (java.net.Socket socket = new java.net.Socket(acs.getHost(), acs.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST " + acs.getRawPath() + " HTTP/1.1\r\nHost: " + acs.getHost() + ":" + acs.getPort()
                    + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + (400 * 1024)
                    + "\r\nConnection: close\r\n\r\nSAMLResponse=AAAA";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            Expect.doesNotContain(answer, "Exception", "at es.clave", "at org.", "at java.", "Caused by");
            Expect.contains(answer, SECURITY_TEXT);
        }
    }

    @Test
    @DisplayName("SEC-H7 SEC-X4 a chunked body over the cap is refused with 413 while it is read")
    void acsWhenChunkedBodyOverCapThen413() {
        byte[] body = ("SAMLResponse=" + "A".repeat(400 * 1024) + "&RelayState=x").getBytes(StandardCharsets.US_ASCII);
        TestBrowser.Page page = harness.browser().postChunked(harness.app.url("/clave/acs"), body, harness.stubOrigin());

        assertEquals(413, page.status());
        assertNoInternals(page);
    }

    @Test
    @DisplayName("SEC-X4 a SAMLResponse over core's cap but inside the body cap is refused by core with 413")
    void acsWhenFieldOverCoreCapThen413() {
        String tooLong = Base64.getEncoder().encodeToString(new byte[200 * 1024]).substring(0, 260 * 1024);
        TestBrowser browser = harness.browser();
        String relayState = browser.get(harness.app.url("/clave/login")).form().orElseThrow().fields().get("RelayState");

        TestBrowser.Page page = browser.post(harness.app.url("/clave/acs"),
                Map.of("SAMLResponse", tooLong, "RelayState", relayState), harness.stubOrigin());

        assertEquals(413, page.status(), page.body());
        assertNoInternals(page);
    }

    @Test
    @DisplayName("SEC-H7 wrong method, wrong content type and repeated fields at the ACS are clean 4xx pages")
    void acsWhenMalformedRequestThen4xx() {
        TestBrowser browser = harness.browser();
        TestBrowser.Page get = browser.get(harness.app.url("/clave/acs"));
        TestBrowser.Page xml = browser.postRaw(harness.app.url("/clave/acs"), "<x/>", "text/xml", harness.stubOrigin());
        TestBrowser.Page twice = browser.postRaw(harness.app.url("/clave/acs"), "SAMLResponse=a&SAMLResponse=b&RelayState=x",
                "application/x-www-form-urlencoded", harness.stubOrigin());
        TestBrowser.Page badEncoding = browser.postRaw(harness.app.url("/clave/acs"), "SAMLResponse=%zz&RelayState=x",
                "application/x-www-form-urlencoded", harness.stubOrigin());

        for (TestBrowser.Page page : new TestBrowser.Page[]{get, xml, twice, badEncoding}) {
            assertEquals(400, page.status(), page.body());
            assertNoInternals(page);
        }
    }

    @Test
    @DisplayName("SEC-P3 the ACS URL in the request is the configured one, whatever Host or X-Forwarded-* say")
    void loginWhenForwardedHeadersThenConfiguredAcs() {
        TestBrowser.Page form = harness.browser().get(harness.app.url("/clave/login"),
                Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https", "Forwarded", "host=evil.example;proto=https"));

        String request = Harness.decode(form.form().orElseThrow().fields().get("SAMLRequest"));
        Expect.contains(request, "AssertionConsumerServiceURL=\"" + harness.app.config().acsUrl() + "\"");
        Expect.doesNotContain(request, "evil.example");
    }

    private static void assertNoInternals(TestBrowser.Page page) {
        Expect.doesNotContain(page.body(), "Exception", "at es.clave", "at org.", "at java.", "Caused by", "jetty");
        Expect.matches(page.body(), "[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    }
}
