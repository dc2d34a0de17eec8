package es.clave.sp.spring;

import es.clave.sp.error.ClaveError;
import es.clave.sp.error.ClaveMessages;
import es.clave.sp.servlet.web.Html;
import es.clave.sp.spring.support.Browser;
import es.clave.sp.spring.support.Browser.Page;
import es.clave.sp.spring.support.ClaveStubTestSupport;
import es.clave.sp.spring.testapp.TestApplication;
import es.clave.stub.LoginScript;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Cl@ve logout through the Spring Security chain (LGO-1 … LGO-3). */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClaveLogoutJourneyTests extends ClaveStubTestSupport {

    @DynamicPropertySource
    static void logoutReturnUrl(DynamicPropertyRegistry registry) {
        registry.add("clave.sp.logout-return-url", () -> base() + "/clave/logout/return");
    }

    private String signIn(Browser browser) {
        STUB.nextLogin(LoginScript.user("nif"));
        Page page = browser.submit(browser.submitOnce(browser.get(base() + "/private")));
        assertThat(page.status()).isEqualTo(200);
        return page.body().lines().filter(l -> l.startsWith("csrf=")).findFirst().orElseThrow().substring(5);
    }

    @Test
    @DisplayName("LGO-1/LGO-2: POST /clave/logout with the CSRF token ends the session, signs out at the gateway and lands on the after-logout page")
    void logoutThenGatewayConfirmsAndSessionEnded() {
        Browser browser = new Browser();
        String csrf = signIn(browser);

        Page toGateway = browser.postOnce(base() + "/clave/logout", Map.of("_csrf", csrf));
        assertThat(toGateway.status()).isEqualTo(200);
        assertThat(toGateway.form().action()).startsWith(STUB.baseUrl());
        assertThat(toGateway.form().fields()).containsKey("logoutRequest").containsKey("RelayState");

        Page back = browser.submitOnce(toGateway);
        assertThat(back.form().action()).isEqualTo(base() + "/clave/logout/return");
        assertThat(back.form().fields()).containsKey("logoutResponse");
        Page end = browser.submit(back);

        assertThat(end.uri().getPath()).isEqualTo("/");
        assertThat(end.body()).isEqualTo("home");
        assertThat(browser.getOnce(base() + "/private").status()).isEqualTo(302);
        STUB.lastExchange().report().assertNoViolations();
    }

    @Test
    @DisplayName("logout without the CSRF token is refused (403) and the citizen stays signed in")
    void logoutWithoutCsrfTokenThenForbidden() {
        Browser browser = new Browser();
        signIn(browser);

        assertThat(browser.postOnce(base() + "/clave/logout", Map.of()).status()).isEqualTo(403);
        assertThat(browser.getOnce(base() + "/private").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("LGO-3: a logout answer nobody asked for is reported on the logout error page, not hidden")
    void logoutReturnWhenUnknownThenReported() {
        Browser browser = new Browser();

        Page page = browser.postOnce(base() + "/clave/logout/return",
                Map.of("logoutResponse", "PHNhbWxwOkxvZ291dFJlc3BvbnNlLz4=", "RelayState", "nobody"));

        assertThat(page.status()).isEqualTo(502);
        assertThat(page.body()).contains(Html.escape(new ClaveMessages().message(ClaveError.LOGOUT_FAILED,
                Locale.forLanguageTag("es"))));
    }

    @Test
    @DisplayName("LGO-3: the local session ends even when the gateway's answer never arrives")
    void logoutWhenGatewayNeverAnswersThenLocalSessionEnded() {
        Browser browser = new Browser();
        String csrf = signIn(browser);

        Page toGateway = browser.postOnce(base() + "/clave/logout", Map.of("_csrf", csrf));
        assertThat(toGateway.form().fields()).containsKey("logoutRequest");

        assertThat(browser.getOnce(base() + "/private").status()).isEqualTo(302);
    }
}
