package es.clave.sp.spring;

import es.clave.sp.spring.support.Browser;
import es.clave.sp.spring.support.Browser.Page;
import es.clave.sp.spring.support.ClaveStubTestSupport;
import es.clave.sp.spring.testapp.TestApplication;
import es.clave.stub.LoginScript;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SEC-H8 through the Spring Security filter chain: only a top-level navigation starts a Cl@ve
 * login or is returned to after one; the favicon, images and {@code fetch()} calls get 401 and
 * cannot disturb a login in progress.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ClaveNavigationTests extends ClaveStubTestSupport {

    /** Request headers of what a page makes its browser fetch on its own, as Chromium sends them. */
    private static final List<Map<String, String>> SUBRESOURCES = List.of(
            Map.of("Sec-Fetch-Mode", "no-cors", "Sec-Fetch-Dest", "image", "Accept", "image/avif,image/webp,*/*;q=0.8"),
            Map.of("Sec-Fetch-Mode", "cors", "Sec-Fetch-Dest", "empty", "Accept", "*/*"),
            Map.of("Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document", "Sec-Purpose", "prefetch", "Accept", "text/html"),
            Map.of("Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "iframe", "Accept", "text/html"));

    @Test
    @DisplayName("SEC-H8 an image, fetch, prefetch or frame at the login endpoint gets 401 and no binding cookie")
    void loginWhenNotNavigationThen401() {
        for (Map<String, String> headers : SUBRESOURCES) {
            Browser browser = new Browser();
            Page page = browser.getOnce(base() + "/clave/login", headers);

            assertThat(page.status()).as(headers.toString()).isEqualTo(401);
            assertThat(page.header("WWW-Authenticate")).contains("Clave");
            assertThat(browser.cookie(base() + "/clave/acs", "CLAVE_PENDING")).as(headers.toString()).isEmpty();
        }
    }

    @Test
    @DisplayName("SEC-H8 a sub-resource of a protected page gets 401 from the entry point instead of a redirect to the login")
    void protectedPathWhenNotNavigationThen401() {
        Browser browser = new Browser();
        for (Map<String, String> headers : SUBRESOURCES) {
            assertThat(browser.getOnce(base() + "/private/logo.png", headers).status()).as(headers.toString()).isEqualTo(401);
            assertThat(browser.getOnce(base() + "/favicon.ico", headers).status()).as(headers.toString()).isEqualTo(401);
        }
        Page page = browser.getOnce(base() + "/private", Map.of("Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document",
                "Accept", "text/html"));
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/clave/login"));
    }

    @Test
    @DisplayName("SEC-H8 a login completes on its page although the favicon, images and a fetch() hit the login while it is pending")
    void loginWhenSubresourcesRequestedWhilePendingThenCompletes() {
        Browser browser = new Browser();
        STUB.nextLogin(LoginScript.user("nif"));
        Page toGateway = browser.get(base() + "/private/reports?year=2025");
        assertThat(toGateway.form().action()).startsWith(STUB.baseUrl());
        String binding = browser.cookie(base() + "/clave/acs", "CLAVE_PENDING").orElseThrow();

        for (Map<String, String> headers : SUBRESOURCES) {
            browser.getOnce(base() + "/favicon.ico", headers);
            browser.getOnce(base() + "/clave/login", headers);
            browser.getOnce(base() + "/private/data.json", headers);
        }
        assertThat(browser.cookie(base() + "/clave/acs", "CLAVE_PENDING")).contains(binding);

        Page page = browser.submit(browser.submitOnce(toGateway));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/private/reports");
        assertThat(page.uri().getQuery()).contains("year=2025");
    }

    @Test
    @DisplayName("SEC-H8 a protected image saved by the request cache is not where the citizen lands after the login")
    void loginWhenSavedRequestIsImageThenDefaultPage() {
        Browser browser = new Browser();
        Page image = browser.getOnce(base() + "/private/logo.png", SUBRESOURCES.get(0));
        assertThat(image.status()).isEqualTo(401);

        STUB.nextLogin(LoginScript.user("nif"));
        Page toGateway = browser.get(base() + "/clave/login");
        Page page = browser.submit(browser.submitOnce(toGateway));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/");
    }
}
