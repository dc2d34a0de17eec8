package es.clave.sp.spring;

import es.clave.sp.audit.AuditEvent;
import es.clave.sp.audit.AuditEventType;
import es.clave.sp.error.ClaveError;
import es.clave.sp.error.ClaveMessages;
import es.clave.sp.servlet.web.Html;
import es.clave.sp.spring.support.Browser;
import es.clave.sp.spring.support.Browser.Page;
import es.clave.sp.spring.support.ClaveStubTestSupport;
import es.clave.sp.spring.testapp.TestApplication;
import es.clave.stub.Failure;
import es.clave.stub.LoginScript;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed logins with the default failure handler: the localized Cl@ve error page with a 4xx
 * status, no identity, no session (SEC-H7); gateway-reported failures get their own text, forged
 * messages the one generic text; a response delivered by another browser is refused (SEC-H2).
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClaveLoginFailureTests extends ClaveStubTestSupport {

    private static final ClaveMessages MESSAGES = new ClaveMessages();

    private Page failedLogin(Browser browser, LoginScript script) {
        STUB.nextLogin(script);
        Page toGateway = browser.get(base() + "/private");
        Page toAcs = browser.submitOnce(toGateway);
        return browser.submit(toAcs);
    }

    private static String text(ClaveError error, String language) {
        return Html.escape(MESSAGES.message(error, Locale.forLanguageTag(language)));
    }

    @ParameterizedTest(name = "{0} in {2}")
    @CsvSource({
            "USER_CANCELLED,               USER_CANCELLED,               es",
            "USER_CANCELLED,               USER_CANCELLED,               en",
            "USER_CANCELLED,               USER_CANCELLED,               ca",
            "USER_CANCELLED,               USER_CANCELLED,               gl",
            "USER_CANCELLED,               USER_CANCELLED,               eu",
            "AUTHENTICATION_FAILED,        AUTHENTICATION_FAILED,        es",
            "LOA_TOO_LOW,                  LOA_TOO_LOW,                  es",
            "CERTIFICATE_EXPIRED,          CERTIFICATE_EXPIRED,          es",
            "CERTIFICATE_REVOKED,          CERTIFICATE_REVOKED,          es",
            "CERTIFICATE_TYPE_NOT_ALLOWED, CERTIFICATE_TYPE_NOT_ALLOWED, es",
            "NO_CERTIFICATE,               NO_CERTIFICATE_SUBMITTED,     es"})
    @DisplayName("RSP-6: a failure the gateway reports shows its own localized message with 403, and nobody is signed in")
    void loginWhenGatewayReportsFailureThenLocalizedPage(Failure failure, ClaveError error, String language) {
        Browser browser = new Browser().language(language);

        Page page = failedLogin(browser, LoginScript.failure(failure));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.body()).contains(text(error, language)).contains("/clave/login")
                .doesNotContain("Exception", "at es.clave");
        assertThat(browser.getOnce(base() + "/private").status()).isEqualTo(302);
    }

    @ParameterizedTest
    @CsvSource({"SIGNATURE_BROKEN", "UNTRUSTED_KEY", "RESPONSE_UNSIGNED", "XSW_WRAPPED", "WRONG_AUDIENCE",
            "WRONG_DESTINATION", "ASSERTION_EXPIRED", "WRONG_RELAY_STATE_ATTRIBUTE", "SHA1_SIGNATURE"})
    @DisplayName("SEC-H7: a forged or spoiled response ends on the generic security page with 400, never a stack trace")
    void loginWhenResponseForgedThenGenericSecurityPage(Failure failure) {
        Browser browser = new Browser();

        Page page = failedLogin(browser, LoginScript.failure(failure));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains(text(ClaveError.SIGNATURE_INVALID, "es")).doesNotContain("Exception");
        assertThat(browser.getOnce(base() + "/private").status()).isEqualTo(302);
    }

    @Test
    @DisplayName("SEC-H2: a valid response started in browser A and delivered through browser B logs nobody in")
    void loginWhenResponseDeliveredByAnotherBrowserThenRefused() {
        Browser a = new Browser();
        Browser b = new Browser();
        STUB.nextLogin(LoginScript.user("nif"));
        Page toAcs = a.submitOnce(a.get(base() + "/private"));

        Page inB = b.post(toAcs.form().action(), toAcs.form().fields());
        assertThat(inB.status()).isEqualTo(400);
        assertThat(b.getOnce(base() + "/private").status()).isEqualTo(302);

        // the pending login was consumed by the attempt: A cannot use the response any more either
        Page inA = a.post(toAcs.form().action(), toAcs.form().fields());
        assertThat(inA.status()).isEqualTo(400);
    }

    @Test
    @DisplayName("SEC-P1: an unsolicited response (no pending login) is refused with the generic page")
    void acsWhenNoPendingLoginThenRefused() {
        Browser browser = new Browser();
        STUB.nextLogin(LoginScript.user("nif"));
        Page toAcs = browser.submitOnce(browser.get(base() + "/private"));

        Page page = browser.post(toAcs.form().action(), java.util.Map.of(
                "SAMLResponse", toAcs.form().fields().get("SAMLResponse"), "RelayState", "unknown-relay-state"));

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains(text(ClaveError.UNSOLICITED_RESPONSE, "es"));
    }

    @Test
    @DisplayName("SEC-H2: a sixth login pending in one browser displaces the oldest, which is refused as unsolicited; the five newest complete")
    void loginWhenBeyondBoundPerBrowserThenOldestDisplaced() {
        Browser browser = new Browser();
        java.util.List<Page> toAcs = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Page toGateway = browser.get(base() + "/clave/login?returnTo=/private/tab" + i);
            STUB.nextLogin(LoginScript.user("nif"));
            toAcs.add(browser.submitOnce(toGateway));
        }

        Page oldest = browser.submit(toAcs.get(0));
        assertThat(oldest.status()).isEqualTo(400);
        assertThat(oldest.body()).contains(text(ClaveError.UNSOLICITED_RESPONSE, "es"));
        for (int i = 1; i < 6; i++) {
            Page page = browser.submit(toAcs.get(i));
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.uri().getPath()).isEqualTo("/private/tab" + i);
        }
    }

    @Test
    @DisplayName("SEC-H6: the error page shows a support reference, not the gateway's status message; the reference is the audit line's correlation id")
    void errorPageShowsReferenceNotGatewayText() {
        Page page = failedLogin(new Browser(), LoginScript.failure(Failure.CERTIFICATE_REVOKED));

        assertThat(page.body()).doesNotContain("se encuentra revocado");
        AuditEvent failed = TestApplication.AUDIT.stream().filter(e -> e.type() == AuditEventType.LOGIN_FAILED)
                .reduce((first, second) -> second).orElseThrow();
        assertThat(failed.correlationId()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(page.body()).contains(failed.correlationId());
    }
}
