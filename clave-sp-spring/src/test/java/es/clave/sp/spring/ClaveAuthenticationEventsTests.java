package es.clave.sp.spring;

import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.spring.security.ClaveAuthenticationFailureEvent;
import es.clave.sp.spring.support.Browser;
import es.clave.sp.spring.support.Browser.Page;
import es.clave.sp.spring.support.ClaveStubTestSupport;
import es.clave.sp.spring.testapp.TestApplication;
import es.clave.stub.Failure;
import es.clave.stub.LoginScript;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cl@ve logins reach Spring Security's {@code AuthenticationEventPublisher}: an application's
 * {@code ApplicationListener} (and so Boot's audit and Actuator) sees each success and each failure,
 * with the failure's {@code ClaveError}.
 */
@SpringBootTest(classes = {TestApplication.class, ClaveAuthenticationEventsTests.Listener.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClaveAuthenticationEventsTests extends ClaveStubTestSupport {

    @TestConfiguration
    static class Listener {
        final List<AbstractAuthenticationEvent> events = new CopyOnWriteArrayList<>();

        @Bean
        ApplicationListener<AbstractAuthenticationEvent> recordAuthenticationEvents() {
            return events::add;
        }
    }

    @Autowired
    private Listener listener;

    @BeforeEach
    void forgetEarlierEvents() {
        listener.events.clear();
    }

    @Test
    @DisplayName("a successful Cl@ve login publishes an AuthenticationSuccessEvent carrying the citizen")
    void loginWhenSuccessThenSuccessEvent() {
        STUB.nextLogin(LoginScript.user("nif"));
        Browser browser = new Browser();
        Page page = browser.submit(browser.submitOnce(browser.get(base() + "/private")));
        assertThat(page.status()).isEqualTo(200);

        List<AuthenticationSuccessEvent> successes = listener.events.stream()
                .filter(AuthenticationSuccessEvent.class::isInstance).map(AuthenticationSuccessEvent.class::cast).toList();
        assertThat(successes).hasSize(1);
        assertThat(successes.get(0).getAuthentication().getPrincipal()).isInstanceOfSatisfying(ClaveIdentity.class,
                citizen -> assertThat(citizen.getName()).endsWith("12345678Z"));
    }

    @Test
    @DisplayName("a login the gateway refuses publishes a ClaveAuthenticationFailureEvent with its ClaveError")
    void loginWhenGatewayRefusesThenFailureEventWithError() {
        STUB.nextLogin(LoginScript.failure(Failure.USER_CANCELLED));
        Browser browser = new Browser();
        browser.submit(browser.submitOnce(browser.get(base() + "/private")));

        assertThat(failures()).containsExactly(ClaveError.USER_CANCELLED);
    }

    @Test
    @DisplayName("a failure found before the authentication manager (a response delivered by another browser) is published too")
    void loginWhenBrowserMismatchThenFailureEvent() {
        STUB.nextLogin(LoginScript.user("nif"));
        Browser started = new Browser();
        Page toAcs = started.submitOnce(started.get(base() + "/private"));

        Page page = new Browser().post(toAcs.form().action(), Map.copyOf(toAcs.form().fields()));

        assertThat(page.status()).isEqualTo(400);
        assertThat(failures()).containsExactly(ClaveError.BROWSER_MISMATCH);
    }

    private List<ClaveError> failures() {
        return listener.events.stream().filter(ClaveAuthenticationFailureEvent.class::isInstance)
                .map(e -> ((ClaveAuthenticationFailureEvent) e).getError()).toList();
    }
}
