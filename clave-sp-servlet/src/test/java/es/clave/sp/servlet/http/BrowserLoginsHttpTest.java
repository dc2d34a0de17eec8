package es.clave.sp.servlet.http;

import es.clave.sp.error.ClaveError;
import es.clave.sp.error.ClaveMessages;
import es.clave.sp.servlet.web.Html;
import es.clave.stub.ClaveMethod;
import es.clave.stub.LoginScript;
import es.clave.stub.junit.ClaveStubExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SEC-H2 over HTTP: the logins pending in one browser coexist, up to a bound. */
class BrowserLoginsHttpTest {

    private static final int BOUND = 5;

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

    /** Starts {@code count} logins in {@code browser} (tabs), returning each one's form to the gateway. */
    private static List<TestBrowser.Page> startLogins(TestBrowser browser, int count) {
        List<TestBrowser.Page> toGateway = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            toGateway.add(browser.get(harness.app.url("/clave/login?returnTo=" + TestApp.CONTEXT + "/private/" + i)));
        }
        return toGateway;
    }

    /** Lets the gateway answer each started login; returns each answer's form to the ACS. */
    private static List<TestBrowser.Page> answer(TestBrowser browser, List<TestBrowser.Page> toGateway) {
        List<TestBrowser.Page> toAcs = new ArrayList<>();
        for (TestBrowser.Page page : toGateway) {
            harness.stub.nextLogin(LoginScript.user("servlet-ana").via(ClaveMethod.CLAVE_MOVIL));
            toAcs.add(browser.submit(page));
        }
        return toAcs;
    }

    @Test
    @DisplayName("SEC-H2 five logins pending in five tabs of one browser all complete, each on its own page")
    void loginWhenBoundPendingInOneBrowserThenAllComplete() {
        TestBrowser browser = harness.browser();
        List<TestBrowser.Page> toAcs = answer(browser, startLogins(browser, BOUND));

        for (int i = BOUND - 1; i >= 0; i--) {
            TestBrowser.Page page = browser.followRedirects(browser.submit(toAcs.get(i)));
            assertEquals(200, page.status(), page.body());
            assertEquals(harness.app.url("/private/" + i), page.uri().toString());
        }
    }

    @Test
    @DisplayName("SEC-H2 a sixth login in one browser displaces the oldest: that one is refused as unsolicited, the five newest complete")
    void loginWhenBeyondBoundThenOldestDisplaced() {
        TestBrowser browser = harness.browser();
        List<TestBrowser.Page> toAcs = answer(browser, startLogins(browser, BOUND + 1));

        TestBrowser.Page oldest = browser.submit(toAcs.get(0));
        assertEquals(400, oldest.status(), oldest.body());
        Expect.contains(oldest.body(), Html.escape(new ClaveMessages()
                .message(ClaveError.UNSOLICITED_RESPONSE, Locale.forLanguageTag("es"))));
        for (int i = 1; i <= BOUND; i++) {
            TestBrowser.Page page = browser.followRedirects(browser.submit(toAcs.get(i)));
            assertEquals(harness.app.url("/private/" + i), page.uri().toString(), page.body());
        }
    }
}
