package es.clave.sp.servlet.http;

import es.clave.sp.error.ClaveError;
import es.clave.sp.error.ClaveMessages;
import es.clave.sp.servlet.web.Html;
import es.clave.stub.ClaveMethod;
import es.clave.stub.Failure;
import es.clave.stub.LoginScript;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import es.clave.stub.junit.ClaveStubExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Cancellation and every failure the stub can produce end on the localized error page. */
class ErrorPagesHttpTest {

    private static final ClaveMessages MESSAGES = new ClaveMessages();
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

    static Stream<Failure> failuresTheSpMustRefuse() {
        return Arrays.stream(Failure.values()).filter(f -> f.expectedSpError() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failuresTheSpMustRefuse")
    @DisplayName("RSP-6 SEC-H7 each stub failure ends on the error page with its localized text, nobody signed in")
    void loginWhenStubFailsThenErrorPageWithItsText(Failure failure) {
        ClaveError expected = ClaveError.valueOf(failure.expectedSpError());
        if (failure == Failure.REPLAY_PREVIOUS) {
            // the stub replays the last successful response: make one (in another browser)
            harness.login(harness.browser(), LoginScript.user("servlet-ana").via(ClaveMethod.AFIRMA), "/private/");
        }
        TestBrowser browser = harness.browser();

        // substantial, so that a lower LoA in the assertion (LOA_LOWER_IN_ASSERTION) is possible at all
        TestBrowser.Page page = harness.login(browser, LoginScript.user("servlet-ana").via(ClaveMethod.AFIRMA)
                .failing(failure), "/clave/login?loa=substantial&returnTo=%2Fapp%2Fprivate%2F");

        int status = switch (expected.category()) {
            case CITIZEN -> 403;
            case SECURITY -> 400;
            case GATEWAY -> 502;
            case INFRASTRUCTURE -> 500;
        };
        assertEquals(status, page.status(), failure + " -> " + expected + ":\n" + page.body());
        Expect.contains(page.body(), Html.escape(MESSAGES.message(expected, Locale.forLanguageTag("es"))));
        Expect.matches(page.body(), "Referencia para el soporte técnico: [0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        Expect.doesNotContain(page.body(), "Exception", "at es.clave", "at org.", failure.name());
        if (failure.statusMessage() != null) {
            Expect.doesNotContain(page.body(), Html.escape(failure.statusMessage()));
        }
        assertEquals(302, browser.get(harness.app.url("/private/")).status(), "nobody is signed in");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"es-ES,es", "ca,ca", "gl-ES,gl", "eu,eu", "en-GB,en", "fr-FR;q=1.0,es", "de,es"})
    @DisplayName("RSP-6 cancellation shows the cancel text in the Accept-Language language (es, ca, gl, eu, en; else es)")
    void loginWhenCancelledThenCancelTextInBrowserLanguage(String acceptLanguage, String expectedLanguage) {
        TestBrowser browser = harness.browser().acceptLanguage(acceptLanguage);

        TestBrowser.Page page = harness.login(browser, LoginScript.failure(Failure.USER_CANCELLED), "/private/");

        assertEquals(403, page.status());
        Locale locale = Locale.forLanguageTag(expectedLanguage);
        Expect.contains(page.body(), "<html lang=\"" + expectedLanguage + "\"",
                Html.escape(MESSAGES.message(ClaveError.USER_CANCELLED, locale)),
                Html.escape(MESSAGES.message(ClaveMessages.RETRY, locale)),
                "href=\"/app/clave/login\"");
    }

    @Test
    @DisplayName("clave.servlet.locale overrides Accept-Language")
    void errorPageWhenLocaleConfiguredThenThatLanguage() throws Exception {
        try (Harness basque = Harness.start(CLAVE.stub(), b -> b.fixedLocale(Locale.forLanguageTag("eu")))) {
            TestBrowser.Page page = basque.login(basque.browser().acceptLanguage("en"),
                    LoginScript.failure(Failure.USER_CANCELLED), "/private/");

            Expect.contains(page.body(), Html.escape(MESSAGES.message(ClaveError.USER_CANCELLED, Locale.forLanguageTag("eu"))));
        }
    }

    @Test
    @DisplayName("an application error handler replaces the built-in page and gets the error and the reference")
    void errorPageWhenApplicationHandlerThenItRenders() throws Exception {
        try (Harness custom = Harness.start(CLAVE.stub(), b -> b.errorHandler((req, resp, failure) -> {
            resp.setStatus(failure.status());
            resp.setContentType("text/plain;charset=UTF-8");
            resp.getWriter().print("CUSTOM " + failure.error() + " " + failure.referenceId() + " " + failure.locale());
        }))) {
            TestBrowser.Page page = custom.login(custom.browser(), LoginScript.failure(Failure.CERTIFICATE_EXPIRED),
                    "/private/");

            assertEquals(403, page.status());
            Expect.matches(page.body(), "^CUSTOM CERTIFICATE_EXPIRED [0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4} es$");
        }
    }

    @Test
    @DisplayName("SEC-H7 an application error handler that throws still ends in a clean page, no stack trace")
    void errorPageWhenHandlerThrowsThenPlainTextFallback() throws Exception {
        try (Harness broken = Harness.start(CLAVE.stub(), b -> b.errorHandler((req, resp, failure) -> {
            throw new IllegalStateException("handler bug with secret detail");
        }))) {
            TestBrowser.Page page = broken.login(broken.browser(), LoginScript.failure(Failure.USER_CANCELLED), "/private/");

            assertEquals(403, page.status());
            Expect.contains(page.body(), MESSAGES.message(ClaveError.USER_CANCELLED, Locale.forLanguageTag("es")));
            Expect.doesNotContain(page.body(), "secret detail", "IllegalStateException");
        }
    }

    @Test
    @DisplayName("SEC-H7 the support reference on the error page is the correlation id of the login's audit events")
    void errorPageReferenceIsTheCorrelationIdOfTheAuditEvents() throws Exception {
        java.util.List<es.clave.sp.audit.AuditEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (Harness audited = Harness.start(CLAVE.stub(), b -> b, c -> c.addAuditListener(events::add))) {
            TestBrowser.Page page = audited.login(audited.browser(), LoginScript.failure(Failure.USER_CANCELLED), "/private/");

            es.clave.sp.audit.AuditEvent failed = events.stream()
                    .filter(e -> e.type() == es.clave.sp.audit.AuditEventType.LOGIN_FAILED).findFirst().orElseThrow();
            assertEquals(403, page.status());
            Expect.contains(page.body(), failed.correlationId());
        }
    }
}
