package es.clave.sp.spring;

import es.clave.sp.spring.support.Browser;
import es.clave.sp.spring.support.Browser.Page;
import es.clave.sp.spring.support.ClaveStubTestSupport;
import es.clave.sp.spring.testapp.TestApplication;
import es.clave.stub.LoginScript;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Without {@code clave.sp.logout-return-url} the gateway answers the logout at the ACS (core's default); the ACS completes it (BND-3, LGO-2). */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClaveLogoutAtAcsTests extends ClaveStubTestSupport {

    @Test
    @DisplayName("LGO-2: a logoutResponse posted to the ACS ends on the after-logout page")
    void logoutAnswerAtAcsThenAfterLogoutPage() {
        Browser browser = new Browser();
        STUB.nextLogin(LoginScript.user("nif"));
        Page signedIn = browser.submit(browser.submitOnce(browser.get(base() + "/private")));
        String csrf = signedIn.body().lines().filter(l -> l.startsWith("csrf=")).findFirst().orElseThrow().substring(5);

        Page back = browser.submitOnce(browser.postOnce(base() + "/clave/logout", Map.of("_csrf", csrf)));
        assertThat(back.form().action()).isEqualTo(base() + "/clave/acs");
        assertThat(back.form().fields()).containsKey("logoutResponse").doesNotContainKey("SAMLResponse");

        Page end = browser.submit(back);
        assertThat(end.uri().getPath()).isEqualTo("/");
        assertThat(end.body()).isEqualTo("home");
        assertThat(browser.getOnce(base() + "/private").status()).isEqualTo(302);
    }
}
