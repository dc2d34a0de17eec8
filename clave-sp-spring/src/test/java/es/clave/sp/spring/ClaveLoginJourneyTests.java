package es.clave.sp.spring;

import es.clave.sp.spring.support.Browser;
import es.clave.sp.spring.support.Browser.Page;
import es.clave.sp.spring.support.ClaveStubTestSupport;
import es.clave.sp.spring.testapp.TestApplication;
import es.clave.stub.ClaveMethod;
import es.clave.stub.Loa;
import es.clave.stub.LoginScript;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Successful Cl@ve logins through the Spring Security filter chain, over HTTP against the stub:
 * every identification method, the way back to the page that needed the login, authorities,
 * session handling (SEC-H3, SEC-H4) and the returnTo policy (SEC-H1).
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClaveLoginJourneyTests extends ClaveStubTestSupport {

    /** Logs in with {@code script} starting from {@code startUrl}; returns the page the browser ends on. */
    private Page login(Browser browser, String startUrl, LoginScript script) {
        STUB.nextLogin(script);
        Page autoPostToGateway = browser.get(startUrl);
        assertThat(autoPostToGateway.status()).isEqualTo(200);
        assertThat(autoPostToGateway.form().action()).startsWith(STUB.baseUrl());
        Page autoPostToAcs = browser.submitOnce(autoPostToGateway);
        assertThat(autoPostToAcs.form().action()).isEqualTo(base() + "/clave/acs");
        return browser.submit(autoPostToAcs);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            "AFIRMA,           nif,           CERTIFICATE,      12345678Z,       NIF",
            "CLAVE_PERMANENTE, nif,           CLAVE_PERMANENTE, 12345678Z,       NIF",
            "CLAVE_PIN,        nie,           CLAVE_PIN,        X1234567L,       NIE",
            "CLAVE_MOVIL,      nif,           CLAVE_MOVIL,      12345678Z,       NIF",
            "EIDAS,            eidas,         EU_EIDAS,         0123456789,      EIDAS"})
    @DisplayName("RSP-12: a login with each identification method reaches the protected page as that person")
    void loginWithEachMethodThenProtectedPageShowsIdentity(ClaveMethod stubMethod, String user, String method,
                                                           String identifier, String kind) {
        Page page = login(new Browser(), base() + "/private", LoginScript.user(user).via(stubMethod));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/private");
        assertThat(page.body()).contains("method=" + method, "kind=" + kind, "identifier=" + identifier)
                .contains("authorities=").contains("CLAVE_METHOD_" + method).contains("CLAVE_PERSON_" + kind);
    }

    @Autowired
    private ApplicationContext context;

    @Test
    @DisplayName("Spring Boot adds no default user with a generated password next to the Cl@ve login")
    void noDefaultUserDetailsService() {
        assertThat(context.getBeanNamesForType(UserDetailsService.class)).isEmpty();
        assertThat(context.getBeanNamesForType(es.clave.sp.spring.security.ClaveAuthenticationProvider.class)).hasSize(1);
    }

    @Test
    @DisplayName("the request that needed the login (path and query) is restored after it (RequestCache)")
    void loginWhenStartedByProtectedPageThenThatPageIsRestored() {
        Page page = login(new Browser(), base() + "/private/reports?year=2025", LoginScript.user("nif"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/private/reports");
        assertThat(page.uri().getQuery()).contains("year=2025");
    }

    @Test
    @DisplayName("SEC-H3: with a SameSite=Lax session cookie, absent from the gateway's cross-site POST, the login still completes and returns to the saved page")
    void loginWhenSessionCookieNotSentToAcsThenStillRestoresSavedRequest() {
        Browser browser = new Browser();
        STUB.nextLogin(LoginScript.user("nif"));
        Page toGateway = browser.get(base() + "/private/lax");
        Page toAcs = browser.submitOnce(toGateway);
        String sessionBefore = browser.cookie(base(), "JSESSIONID").orElseThrow();
        browser.dropCookie("JSESSIONID");

        Page page = browser.submit(toAcs);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/private/lax");
        assertThat(browser.cookie(base(), "JSESSIONID")).isPresent().get().isNotEqualTo(sessionBefore);
    }

    @Test
    @DisplayName("SEC-H4: the session id changes at login and the pending login cannot be used twice")
    void loginThenSessionIdRotatedAndPendingLoginConsumedOnce() {
        Browser browser = new Browser();
        STUB.nextLogin(LoginScript.user("nif"));
        Page toGateway = browser.get(base() + "/private");
        String sessionBefore = browser.cookie(base(), "JSESSIONID").orElseThrow();
        Page toAcs = browser.submitOnce(toGateway);

        Page first = browser.submit(toAcs);
        assertThat(first.status()).isEqualTo(200);
        assertThat(browser.cookie(base(), "JSESSIONID")).get().isNotEqualTo(sessionBefore);

        Page replay = browser.postOnce(toAcs.form().action(), toAcs.form().fields());
        assertThat(replay.status()).isEqualTo(400);
    }

    @Test
    @DisplayName("SEC-H4: another citizen logging in over a signed-in session gets a fresh session: nothing of the previous one stays")
    void loginWhenAnotherCitizenOverSignedInSessionThenFreshSession() {
        Browser browser = new Browser();
        login(browser, base() + "/private", LoginScript.user("nif"));
        assertThat(browser.get(base() + "/private/note?value=for-ana").body()).isEqualTo("noted");
        String anasSession = browser.cookie(base(), "JSESSIONID").orElseThrow();

        Page page = login(browser, base() + "/clave/login?returnTo=/private", LoginScript.user("nie"));

        assertThat(page.body()).contains("identifier=X1234567L", "note=null").doesNotContain("12345678Z");
        assertThat(browser.cookie(base(), "JSESSIONID")).get().isNotEqualTo(anasSession);
        Browser planted = new Browser();
        planted.plantCookie(base(), "JSESSIONID", anasSession);
        assertThat(planted.getOnce(base() + "/private").status()).as("the previous citizen's session is gone").isEqualTo(302);
    }

    @Test
    @DisplayName("SEC-H4: the same citizen logging in again keeps the session's attributes under a new id")
    void loginWhenSameCitizenAgainThenIdRotatedAndAttributesKept() {
        Browser browser = new Browser();
        login(browser, base() + "/private", LoginScript.user("nif"));
        browser.get(base() + "/private/note?value=kept");
        String before = browser.cookie(base(), "JSESSIONID").orElseThrow();

        Page page = login(browser, base() + "/clave/login?returnTo=/private",
                LoginScript.user("nif").via(ClaveMethod.CLAVE_PIN));

        assertThat(page.body()).contains("identifier=12345678Z", "method=CLAVE_PIN", "note=kept");
        assertThat(browser.cookie(base(), "JSESSIONID")).get().isNotEqualTo(before);
    }

    @Test
    @DisplayName("the session cookie is HttpOnly and SameSite=Lax; the binding cookie is HttpOnly and scoped to /clave (SEC-H5)")
    void loginThenCookieFlags() {
        Browser browser = new Browser();
        Page login = browser.getOnce(base() + "/clave/login");

        assertThat(login.headers("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("CLAVE_PENDING=")
                .contains("Path=/clave").containsIgnoringCase("HttpOnly"));
        Page protectedPage = browser.getOnce(base() + "/private");
        assertThat(protectedPage.headers("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=")
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    @DisplayName("a safe returnTo decides where the login ends")
    void loginWithReturnToThenEndsThere() {
        Page page = login(new Browser(), base() + "/clave/login?returnTo=/private/after", LoginScript.user("nif"));

        assertThat(page.uri().getPath()).isEqualTo("/private/after");
    }

    @ParameterizedTest
    @CsvSource({"https://evil.example/", "//evil.example/", "/\\evil.example/", "javascript:alert(1)", "/private%0d%0aX: y"})
    @DisplayName("SEC-H1: an unsafe returnTo is ignored and the default page is used")
    void loginWithUnsafeReturnToThenDefaultPage(String returnTo) {
        String encoded = java.net.URLEncoder.encode(returnTo, java.nio.charset.StandardCharsets.UTF_8);
        Page page = login(new Browser(), base() + "/clave/login?returnTo=" + encoded, LoginScript.user("nif"));

        assertThat(page.uri().getHost()).isEqualTo("localhost");
        assertThat(page.uri().getPath()).isEqualTo("/");
        assertThat(page.body()).isEqualTo("home");
    }

    @Test
    @DisplayName("LoA hierarchy: a HIGH login holds HIGH, SUBSTANTIAL and LOW authorities and opens a HIGH-only page")
    void loginWithHighLoaThenAllLowerLoaAuthorities() {
        Page page = login(new Browser(), base() + "/high", LoginScript.user("nif").via(ClaveMethod.AFIRMA).withLoa(Loa.HIGH));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("CLAVE_LOA_HIGH", "CLAVE_LOA_SUBSTANTIAL", "CLAVE_LOA_LOW", "CLAVE_USER");
    }

    @Test
    @DisplayName("a SUBSTANTIAL login has no HIGH authority and is refused by a HIGH-only page")
    void loginWithSubstantialLoaThenHighPageForbidden() {
        Browser browser = new Browser();
        Page page = login(browser, base() + "/private", LoginScript.user("nif").via(ClaveMethod.CLAVE_MOVIL));
        assertThat(page.body()).contains("CLAVE_LOA_SUBSTANTIAL", "CLAVE_LOA_LOW").doesNotContain("CLAVE_LOA_HIGH");

        assertThat(browser.getOnce(base() + "/high").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("a company representative's certificate login carries the company and CLAVE_REPRESENTATIVE")
    void loginAsRepresentativeThenCompanyAndAuthority() {
        Page page = login(new Browser(), base() + "/private", LoginScript.user("representante").via(ClaveMethod.AFIRMA));

        assertThat(page.body()).contains("company=EMPRESA DE PRUEBAS SL B12345674", "CLAVE_REPRESENTATIVE",
                "identifier=99999999R");
    }

    @Test
    @DisplayName("the login endpoint reads loa like the servlet adapter: ?loa=high requests HIGH (REQ-13)")
    void loginWithLoaParameterThenRequestAsksForIt() {
        Browser browser = new Browser();
        Page toGateway = browser.get(base() + "/clave/login?loa=high");
        browser.submitOnce(toGateway);

        assertThat(STUB.lastExchange().requestXml()).contains("http://eidas.europa.eu/LoA/high");
        STUB.lastExchange().report().assertNoViolations();
    }

    @Test
    @DisplayName("an unknown login parameter value is refused with 400, not ignored")
    void loginWithUnknownLoaThenBadRequest() {
        Page page = new Browser().getOnce(base() + "/clave/login?loa=extreme");

        assertThat(page.status()).isEqualTo(400);
    }

    @Test
    @DisplayName("BND-2: the ACS takes the gateway's POST without a CSRF token")
    void acsIsExemptFromCsrfOnly() {
        Browser browser = new Browser();
        Page unauthenticated = browser.postOnce(base() + "/clave/acs", Map.of("SAMLResponse", "x", "RelayState", "y"));
        // reaches the Cl@ve validation (400 error page), not Spring Security's CSRF refusal (403)
        assertThat(unauthenticated.status()).isEqualTo(400);
        assertThat(unauthenticated.body()).contains("Cl@ve");
    }
}
