package es.clave.sp.spring;

import es.clave.sp.spring.support.Browser;
import es.clave.sp.spring.support.Browser.Page;
import es.clave.sp.spring.support.ClaveStubTestSupport;
import es.clave.sp.spring.support.TestKeyFiles;
import es.clave.sp.spring.testapp.TestApplication;
import es.clave.stub.Failure;
import es.clave.stub.LoginScript;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every failure of the stub's catalogue, with a configured failure URL: the browser is redirected
 * there and the {@code ClaveLoginFailedException} in the session carries exactly the
 * {@code ClaveError} a correct SP reports ({@link Failure#expectedSpError()}). Assertions are
 * encrypted for this class (RSP-3), so the encryption failures are covered too.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "test.failure-url=/failed")
class ClaveFailureUrlTests extends ClaveStubTestSupport {

    private static final TestKeyFiles.SpKey DECRYPTION = TestKeyFiles.generateSpKey(
            TestKeyFiles.folder(), "sp-decryption");

    @DynamicPropertySource
    static void decryption(DynamicPropertyRegistry registry) {
        registry.add("clave.sp.decryption[0].private-key", () -> "file:" + DECRYPTION.privateKeyPem());
        registry.add("clave.sp.decryption[0].certificate", () -> "file:" + DECRYPTION.certificatePem());
    }

    @BeforeAll
    static void encryptAssertions() {
        STUB.encryptFor(SP_CODE, DECRYPTION.certificate());
    }

    @ParameterizedTest
    @EnumSource(value = Failure.class, names = {"REPLAY_PREVIOUS", "ASSERTION_UNSIGNED"}, mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("each failure of the catalogue reaches the failure URL with the ClaveError a correct SP reports")
    void loginWhenFailureThenFailureUrlWithExpectedError(Failure failure) {
        Browser browser = new Browser();
        STUB.nextLogin(LoginScript.failure(failure));

        // SUBSTANTIAL, so that the stub can answer with a lower LoA (LOA_LOWER_IN_ASSERTION)
        Page page = browser.submit(browser.submitOnce(browser.get(base() + "/clave/login?loa=substantial&returnTo=/private")));

        assertThat(page.uri().getPath()).isEqualTo("/failed");
        assertThat(page.body()).isEqualTo("failed=" + failure.expectedSpError());
        assertThat(browser.getOnce(base() + "/private").status()).isEqualTo(302);
    }

    @Test
    @DisplayName("RSP-11, SEC-H4: the previous response sent again is refused: its pending login was consumed by the first use")
    void loginWhenPreviousResponseReplayedThenRefused() {
        Browser browser = new Browser();
        STUB.nextLogin(LoginScript.user("nif"));
        assertThat(browser.submit(browser.submitOnce(browser.get(base() + "/private"))).status()).isEqualTo(200);

        Browser other = new Browser();
        STUB.nextLogin(LoginScript.failure(Failure.REPLAY_PREVIOUS));
        Page page = other.submit(other.submitOnce(other.get(base() + "/private")));

        // through an adapter the replay never reaches core's replay cache (REPLAYED, tested in core):
        // the RelayState it carries names a pending login that the first use consumed
        assertThat(page.uri().getPath()).isEqualTo("/failed");
        assertThat(page.body()).isEqualTo("failed=UNSOLICITED_RESPONSE");
    }

    @Test
    @DisplayName("RSP-4: an unsigned assertion inside a signed, encrypted Response is accepted")
    void loginWhenOnlyResponseSignedThenAccepted() {
        Browser browser = new Browser();
        STUB.nextLogin(LoginScript.failure(Failure.ASSERTION_UNSIGNED));

        Page page = browser.submit(browser.submitOnce(browser.get(base() + "/private")));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/private");
    }
}
