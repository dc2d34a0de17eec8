package es.clave.sp.examples.servlet;

import es.clave.stub.ClaveMethod;
import es.clave.stub.LoginScript;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example starts with its embedded stub and a citizen can sign in and out. */
class ServletExampleAppTest {

    private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\"");

    private static ServletExampleApp app;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    @BeforeAll
    static void start() throws Exception {
        app = ServletExampleApp.start(0, null);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    @DisplayName("the home page carries the Cl@ve button, in the browser's language")
    void homeWhenAnonymousThenButton() throws Exception {
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(app.origin() + "/"))
                .header("Accept-Language", "ca").build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains(">Accediu amb Cl@ve</a>"), home.body());
        assertTrue(home.body().contains("href=\"/clave/login?returnTo=%2Fprivate%2F\""), home.body());
    }

    @Test
    @DisplayName("BND-2 a scripted citizen signs in, sees the private page with the identity, and signs out")
    void privateWhenSignedInThenIdentityAndLogout() throws Exception {
        app.stub().nextLogin(LoginScript.user("representante").via(ClaveMethod.AFIRMA));

        HttpResponse<String> page = settle(get("/private/"));

        assertEquals(app.origin() + "/private/", page.uri().toString(), page.body());
        assertTrue(page.body().contains("99999999R"), page.body());
        assertTrue(page.body().contains("EMPRESA DE PRUEBAS SL"), page.body());

        HttpResponse<String> afterLogout = settle(get("/clave/logout"));
        assertEquals(app.origin() + "/", afterLogout.uri().toString(), afterLogout.body());
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(app.origin() + "/private/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("/clave/login", again.uri().getPath(), "signed out: the private page starts a new login");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(app.origin() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Submits auto-post forms until a page without one. */
    private HttpResponse<String> settle(HttpResponse<String> page) throws Exception {
        HttpResponse<String> current = page;
        for (int i = 0; i < 6; i++) {
            Matcher form = FORM.matcher(current.body());
            if (!form.find()) {
                return current;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                fields.put(input.group(1), unescape(input.group(2)));
            }
            String body = fields.entrySet().stream().map(e -> e.getKey() + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            URI action = current.uri().resolve(unescape(form.group(1)));
            current = http.send(HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
        return current;
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#x3D;", "=").replace("&#61;", "=").replace("&amp;", "&");
    }
}
