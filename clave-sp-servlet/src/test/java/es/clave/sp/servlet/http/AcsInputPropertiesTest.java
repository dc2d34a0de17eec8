package es.clave.sp.servlet.http;

import es.clave.stub.ClaveMethod;
import es.clave.stub.ClaveStub;
import es.clave.stub.LoginScript;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SEC-F5: what a browser posts to the servlet adapter's ACS, over real HTTP to the filter on
 * embedded Jetty. Each try runs a real login through the stub up to the gateway's auto-post form,
 * then posts that form with its SAMLResponse, RelayState and Cookie header edited. Whatever arrives,
 * the answer is either the sign-in redirect (only for the untouched RelayState and binding cookie,
 * and then with exactly the scripted citizen's identity) or the adapter's error page with its
 * documented status: never a 500, never a container page or a stack trace.
 */
class AcsInputPropertiesTest {

    /** The adapter's error page statuses: SECURITY 400, CITIZEN 403, GATEWAY 502 (INFRASTRUCTURE 500 needs a failing store). */
    private static final Set<Integer> ERROR_PAGE_STATUSES = Set.of(400, 403, 502);
    private static final String BINDING_COOKIE = "CLAVE_PENDING";
    private static final String SUPPORT_REFERENCE = "Referencia para el soporte técnico: [0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";

    private static ClaveStub stub;
    private static Harness harness;

    @BeforeContainer
    static void start() throws Exception {
        stub = Harness.startStub();
        harness = Harness.start(stub);
    }

    @AfterContainer
    static void stop() throws Exception {
        if (harness != null) {
            harness.close();
        }
        if (stub != null) {
            stub.close();
        }
    }

    /** How a try changes one of the three inputs; {@code text} and {@code position} feed the edit. */
    enum ResponseEdit { KEEP, ABSENT, EMPTY, NOISE, FLIP_CHARACTER, TRUNCATE, INSERT_CHARACTER, URL_SAFE, FORGED_IDENTIFIER, DUPLICATE_FIELD }

    enum RelayEdit { KEEP, ABSENT, EMPTY, NOISE, NEAR_MISS, PADDED }

    enum CookieEdit { KEEP, NONE, NOISE_VALUE, NEAR_MISS_VALUE, FORGED_FIRST, RAW_NOISE, APPENDED_NOISE }

    record Edit<E extends Enum<E>>(E kind, String text, int position) {
    }

    @Property
    @Label("SEC-F5 SEC-H2 edited SAMLResponse, RelayState and cookies at the ACS: the documented error page or the original identity, never a 500")
    void editedAcsPostEndsOnErrorPageOrOriginalIdentity(@ForAll("responseEdits") Edit<ResponseEdit> response,
                                                        @ForAll("relayEdits") Edit<RelayEdit> relay,
                                                        @ForAll("cookieEdits") Edit<CookieEdit> cookie) {
        Acs acs = startLogin();
        String body = formBody(response, acs.samlResponse, relay, acs.relayState);
        String cookies = cookieHeader(cookie, acs.cookies, acs.bindingValue);
        TestBrowser.Page page = acs.browser.postWithCookieHeader(acs.url, body, cookies);
        String what = response + " " + relay + " " + cookie;

        if (page.status() == 303) {
            assertTrue(relay.kind() == RelayEdit.KEEP, () -> "accepted with RelayState " + relay + ": " + what);
            assertTrue(carriesBindingToken(cookies, acs.bindingValue),
                    () -> "accepted without the binding cookie's token: " + what);
            boolean forged = response.kind() == ResponseEdit.FORGED_IDENTIFIER
                    && !editResponse(response, acs.samlResponse).equals(acs.samlResponse);
            assertTrue(!forged, () -> "forged identity accepted: " + what);
            TestBrowser.Page signedIn = acs.browser.followRedirects(page);
            assertEquals(200, signedIn.status(), what);
            Expect.matches(signedIn.body(), "<p id=\"remote-user\">[^<]*" + TestUsers.ANA.identifier() + "</p>");
            Expect.contains(signedIn.body(), TestUsers.ANA.givenName());
        } else {
            assertTrue(ERROR_PAGE_STATUSES.contains(page.status()),
                    () -> "status " + page.status() + " after " + what + ":\n" + page.body());
            // a Cookie header the container cannot parse is refused by it (400) before any filter runs
            boolean refusedByContainer = page.status() == 400 && cookie.kind() != CookieEdit.KEEP
                    && !java.util.regex.Pattern.compile(SUPPORT_REFERENCE).matcher(page.body()).find();
            if (!refusedByContainer) {
                Expect.matches(page.body(), SUPPORT_REFERENCE);
            }
            Expect.doesNotContain(page.body(), "Exception", "at es.clave", "at org.");
            assertEquals(302, acs.browser.get(harness.app.url("/private/")).status(), () -> "signed in after " + what);
        }
    }

    /**
     * The binding is the cookie value's token, before the first dot; after it come the RelayStates
     * of the browser's pending logins (SEC-H2's bound), which an edit may change without effect.
     */
    private static boolean carriesBindingToken(String cookies, String bindingValue) {
        if (cookies == null) {
            return false;
        }
        String token = bindingValue.split("\\.", 2)[0];
        for (String pair : cookies.split(";")) {
            String trimmed = pair.trim();
            if (trimmed.startsWith(BINDING_COOKIE + "=")
                    && trimmed.substring(BINDING_COOKIE.length() + 1).split("\\.", 2)[0].equals(token)) {
                return true;
            }
        }
        return false;
    }

    @Example
    @Label("SEC-F5 the unedited post is accepted (guards the property against a world that refuses everything)")
    void uneditedPostIsAccepted() {
        Edit<ResponseEdit> keepResponse = new Edit<>(ResponseEdit.KEEP, "", 0);
        Acs acs = startLogin();
        TestBrowser.Page page = acs.browser.postWithCookieHeader(acs.url,
                formBody(keepResponse, acs.samlResponse, new Edit<>(RelayEdit.KEEP, "", 0), acs.relayState),
                cookieHeader(new Edit<>(CookieEdit.KEEP, "", 0), acs.cookies, acs.bindingValue));
        assertEquals(303, page.status(), page.body());
    }

    @Provide
    Arbitrary<Edit<ResponseEdit>> responseEdits() {
        return edits(ResponseEdit.class, null, Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60), headerText()));
    }

    @Provide
    Arbitrary<Edit<RelayEdit>> relayEdits() {
        return edits(RelayEdit.class, RelayEdit.KEEP, Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(60), headerText()));
    }

    @Provide
    Arbitrary<Edit<CookieEdit>> cookieEdits() {
        return edits(CookieEdit.class, CookieEdit.KEEP, headerText());
    }

    /** Visible ASCII, space, tab and Latin-1: what an HTTP client can put in a header at all. */
    private static Arbitrary<String> headerText() {
        return Arbitraries.oneOf(Arbitraries.strings().withCharRange(' ', '~').withChars('\t', '\u00e9').ofMaxLength(60),
                Arbitraries.of("", " ", ";", "=", ";;=;", BINDING_COOKIE + "=", "%00", "\"a\"", "A".repeat(4000)));
    }

    /** @param keep when not null, drawn half the time, so that the other inputs' edits reach core often */
    private static <E extends Enum<E>> Arbitrary<Edit<E>> edits(Class<E> kinds, E keep, Arbitrary<String> text) {
        Arbitrary<E> kind = keep == null ? Arbitraries.of(kinds) : Arbitraries.oneOf(Arbitraries.just(keep), Arbitraries.of(kinds));
        return Combinators.combine(kind, text, Arbitraries.integers().between(0, 100_000))
                .as(Edit::new);
    }

    /** A login started by a fresh browser and run through the stub up to the gateway's auto-post form. */
    private record Acs(TestBrowser browser, String url, String samlResponse, String relayState, String cookies,
                       String bindingValue) {
    }

    private static Acs startLogin() {
        TestBrowser browser = harness.browser();
        stub.nextLogin(LoginScript.user(TestUsers.ANA.id()).via(ClaveMethod.CLAVE_MOVIL));
        TestBrowser.Page page = browser.followRedirects(browser.get(harness.app.url("/clave/login?returnTo=%2Fapp%2Fprivate%2F")));
        for (int i = 0; i < 10; i++) {
            HtmlForm form = page.form().orElseThrow(() -> new AssertionError("no form on the way to the ACS"));
            String action = page.uri().resolve(form.action()).toString();
            if (action.equals(harness.app.url("/clave/acs"))) {
                String fromOrigin = page.uri().getScheme() + "://" + page.uri().getAuthority();
                return new Acs(browser, action, form.fields().get("SAMLResponse"), form.fields().get("RelayState"),
                        browser.cookieHeader(action, fromOrigin, true), browser.cookie(BINDING_COOKIE).orElseThrow());
            }
            page = browser.followRedirects(browser.submit(page));
        }
        throw new AssertionError("the login never reached the ACS form");
    }

    private static String formBody(Edit<ResponseEdit> response, String samlResponse, Edit<RelayEdit> relay, String relayState) {
        StringBuilder body = new StringBuilder();
        String editedResponse = editResponse(response, samlResponse);
        if (editedResponse != null) {
            field(body, "SAMLResponse", editedResponse);
        }
        if (response.kind() == ResponseEdit.DUPLICATE_FIELD) {
            field(body, "SAMLResponse", response.text());
        }
        String editedRelay = editRelay(relay, relayState);
        if (editedRelay != null) {
            field(body, "RelayState", editedRelay);
        }
        return body.toString();
    }

    private static String editResponse(Edit<ResponseEdit> edit, String original) {
        int at = edit.position() % (original.length() + 1);
        return switch (edit.kind()) {
            case KEEP, DUPLICATE_FIELD -> original;
            case ABSENT -> null;
            case EMPTY -> "";
            case NOISE -> edit.text();
            case FLIP_CHARACTER -> at == original.length() ? original
                    : original.substring(0, at) + (char) (original.charAt(at) ^ 1) + original.substring(at + 1);
            case TRUNCATE -> original.substring(0, at);
            case INSERT_CHARACTER -> original.substring(0, at) + (edit.text().isEmpty() ? "!" : edit.text().substring(0, 1))
                    + original.substring(at);
            case URL_SAFE -> original.replace('+', '-').replace('/', '_');
            case FORGED_IDENTIFIER -> Base64.getEncoder().encodeToString(Harness.decode(original)
                    .replace(TestUsers.ANA.identifier(), "87654321X").getBytes(StandardCharsets.UTF_8));
        };
    }

    private static String editRelay(Edit<RelayEdit> edit, String original) {
        int at = edit.position() % original.length();
        return switch (edit.kind()) {
            case KEEP -> original;
            case ABSENT -> null;
            case EMPTY -> "";
            case NOISE -> edit.text();
            case NEAR_MISS -> original.substring(0, at) + (char) (original.charAt(at) ^ 1) + original.substring(at + 1);
            case PADDED -> " " + original;
        };
    }

    private static String cookieHeader(Edit<CookieEdit> edit, String original, String binding) {
        int at = edit.position() % binding.length();
        String others = original.replace(BINDING_COOKIE + "=" + binding, "").replaceAll("^; |; $", "").replace("; ; ", "; ");
        String prefix = others.isEmpty() ? "" : others + "; ";
        return switch (edit.kind()) {
            case KEEP -> original;
            case NONE -> null;
            case NOISE_VALUE -> prefix + BINDING_COOKIE + "=" + edit.text();
            case NEAR_MISS_VALUE -> prefix + BINDING_COOKIE + "=" + binding.substring(0, at)
                    + (char) (binding.charAt(at) ^ 1) + binding.substring(at + 1);
            // another browser's value planted before the real one: the adapter must not pick it
            case FORGED_FIRST -> BINDING_COOKIE + "=" + edit.text() + "; " + original;
            case RAW_NOISE -> edit.text();
            case APPENDED_NOISE -> original + "; " + edit.text();
        };
    }

    private static void field(StringBuilder body, String name, String value) {
        if (!body.isEmpty()) {
            body.append('&');
        }
        body.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
