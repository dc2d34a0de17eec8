package es.clave.sp.examples.jakartaee;

import es.clave.stub.ClaveMethod;
import es.clave.stub.Failure;
import es.clave.stub.LoginScript;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The WAR on a real Jakarta EE server (Payara Micro 7, started by the test as its own process)
 * against the gateway stub: the container's security (security constraints, {@code @RolesAllowed}
 * on an EJB, {@code SecurityContext} in a CDI bean) sees the citizen the Cl@ve mechanism signed in.
 */
class JakartaEeAppIT {

    private static ExampleEnvironment env;

    @BeforeAll
    static void start() throws Exception {
        long started = System.nanoTime();
        env = ExampleEnvironment.start(0);
        System.out.printf("Payara Micro serving the example after %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @AfterAll
    static void stop() {
        if (env != null) {
            env.close();
        }
    }

    @Test
    @DisplayName("SEC-H1 an anonymous GET of a protected servlet goes to the Cl@ve login, returning to it afterwards")
    void protectedWhenAnonymousThenLoginWithReturnTo() throws Exception {
        Browser browser = new Browser("es");

        HttpResponse<String> answer = browser.get(uri("/private/"));

        assertEquals(302, answer.statusCode(), env.server.logTail());
        assertEquals("/clave/login?returnTo=%2Fprivate%2F", answer.headers().firstValue("Location").orElse(""));
    }

    @Test
    @DisplayName("BND-2 login through the stub: the servlet container, a CDI bean and an @RolesAllowed EJB see the citizen and its groups")
    void privateWhenSignedInThenContainerSeesCitizen() throws Exception {
        Browser browser = new Browser("es");
        env.stub.nextLogin(LoginScript.user("nif").via(ClaveMethod.CLAVE_PERMANENTE));

        HttpResponse<String> page = browser.settle(browser.get(uri("/private/")));

        assertEquals(200, page.statusCode(), page.body());
        assertEquals("/private/", page.uri().getPath());
        String body = page.body();
        assertTrue(body.contains("María José García López"), body);
        assertTrue(body.contains("<li id=\"remote-user\">remote-user: 12345678Z</li>"), body);
        assertTrue(body.contains("<li id=\"cdi-caller\">cdi-caller: 12345678Z</li>"), body);
        assertTrue(body.contains("<li id=\"cdi-name\">cdi-name: María José García López</li>"), body);
        assertTrue(body.contains("<li id=\"loa-substantial\">loa-substantial: true</li>"), body);
        assertTrue(body.contains("<li id=\"natural-person\">natural-person: true</li>"), body);
        assertTrue(body.contains("<li id=\"representative\">representative: false</li>"), body);
        assertTrue(body.contains("<li id=\"ejb\">ejb: case files of 12345678Z</li>"), body);
        assertTrue(body.contains("<li id=\"ejb-high\">ejb-high: refused by the EJB container</li>"),
                "@RolesAllowed(CLAVE_LOA_HIGH) on the EJB refuses a substantial login: " + body);
    }

    @Test
    @DisplayName("BND-2 a high level of assurance passes the EJB's @RolesAllowed(CLAVE_LOA_HIGH)")
    void ejbWhenHighLoaThenAllowed() throws Exception {
        Browser browser = new Browser("es");
        env.stub.nextLogin(LoginScript.user("nif").via(ClaveMethod.AFIRMA));

        HttpResponse<String> page = browser.settle(browser.get(uri("/private/")));

        assertTrue(page.body().contains("<li id=\"ejb-high\">ejb-high: sensitive case files of 12345678Z</li>"), page.body());
    }

    @Test
    @DisplayName("BND-2 a citizen without the representative group gets 403 from the container; a representative gets in")
    void companyWhenNotRepresentativeThenForbidden() throws Exception {
        Browser natural = new Browser("es");
        env.stub.nextLogin(LoginScript.user("nif").via(ClaveMethod.CLAVE_PERMANENTE));
        natural.settle(natural.get(uri("/private/")));

        assertEquals(403, natural.get(uri("/company/")).statusCode());

        Browser representative = new Browser("es");
        env.stub.nextLogin(LoginScript.user("representante").via(ClaveMethod.AFIRMA));
        HttpResponse<String> company = representative.settle(representative.get(uri("/company/")));
        assertEquals(200, company.statusCode(), company.body());
        assertTrue(company.body().contains("<span class=\"company\">EMPRESA DE PRUEBAS SL</span>"), company.body());
    }

    @Test
    @DisplayName("RSP-6 a citizen who cancels at the gateway sees the localized message (ca) and is not signed in")
    void loginWhenCancelledThenLocalizedMessage() throws Exception {
        Browser browser = new Browser("ca");
        env.stub.nextLogin(LoginScript.failure(Failure.USER_CANCELLED));

        HttpResponse<String> page = browser.settle(browser.get(uri("/private/")));

        assertEquals("/clave/acs", page.uri().getPath());
        assertTrue(page.body().contains("Heu cancel·lat l&#39;accés amb Cl@ve."), page.body());
        assertEquals(302, browser.get(uri("/private/")).statusCode(), "still anonymous after the cancel");
    }

    @Test
    @DisplayName("LGO-3 logout ends the container session: the old session cookie is worthless and the protected page asks for login again")
    void logoutWhenSignedInThenSessionGone() throws Exception {
        Browser browser = new Browser("es");
        env.stub.nextLogin(LoginScript.user("nif").via(ClaveMethod.CLAVE_PERMANENTE));
        assertEquals(200, browser.settle(browser.get(uri("/private/"))).statusCode());
        List<HttpCookie> signedIn = List.copyOf(browser.cookies(uri("/")));

        HttpResponse<String> after = browser.settle(browser.get(uri("/clave/logout")));

        assertEquals(200, after.statusCode(), after.body());
        assertEquals(env.server.origin() + "/", after.uri().toString(), "back on the after-logout page through the gateway");
        assertFalse(after.body().contains("Signed in as"), after.body());
        HttpResponse<String> again = browser.get(uri("/private/"));
        assertEquals(302, again.statusCode());
        assertTrue(again.headers().firstValue("Location").orElse("").startsWith("/clave/login"));

        Browser replay = new Browser("es");
        signedIn.forEach(c -> replay.addCookie(uri("/"), c));
        assertEquals(302, replay.get(uri("/private/")).statusCode(), "the pre-logout session cookie no longer signs anyone in");
    }

    @Test
    @DisplayName("SEC-H7 an anonymous POST to a protected servlet gets the localized 401 page, not a login it could not replay")
    void protectedWhenAnonymousPostThenUnauthorized() throws Exception {
        Browser browser = new Browser("gl");

        HttpResponse<String> answer = browser.post(uri("/private/"), List.of());

        assertEquals(401, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("<html lang=\"gl\">"), answer.body());
    }

    private static URI uri(String path) {
        return URI.create(env.server.origin() + path);
    }
}
