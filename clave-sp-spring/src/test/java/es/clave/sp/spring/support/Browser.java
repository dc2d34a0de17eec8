package es.clave.sp.spring.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for HTTP-level journeys: keeps cookies, follows redirects one by one (so tests
 * can inspect them) and submits the auto-post forms of the SP and the stub the way a browser's
 * script would. Forms are read from the pages with a small HTML reader that knows the two shapes
 * the pages use (a form with hidden inputs).
 */
public final class Browser {

    private static final Pattern FORM = Pattern.compile("<form[^>]*\\saction=\"([^\"]*)\"[^>]*>(.*?)</form>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private String acceptLanguage = "es";

    /** @return this browser asking for pages in {@code language} */
    public Browser language(String language) {
        this.acceptLanguage = language;
        return this;
    }

    /** GET {@code url}, following redirects. */
    public Page get(String url) {
        return follow(send(HttpRequest.newBuilder(URI.create(url)).GET()));
    }

    /** GET {@code url} without following a redirect. */
    public Page getOnce(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** GET {@code url} with extra request headers (an {@code Accept} among them replaces the default), without following a redirect. */
    public Page getOnce(String url, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(request::header);
        return send(request, headers.keySet().stream().noneMatch("Accept"::equalsIgnoreCase));
    }

    /** POST the form fields to {@code url}, following redirects. */
    public Page post(String url, Map<String, String> fields) {
        return follow(postOnce(url, fields));
    }

    /** POST the form fields to {@code url} without following a redirect. */
    public Page postOnce(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Submits the first form of {@code page} as its script would (without following the answer's redirect). */
    public Page submitOnce(Page page) {
        Form form = page.form();
        return postOnce(form.action(), form.fields());
    }

    /** Submits the first form of {@code page}, following redirects. */
    public Page submit(Page page) {
        return follow(submitOnce(page));
    }

    /** Follows redirects from {@code page} with GETs. */
    public Page follow(Page page) {
        Page current = page;
        for (int i = 0; i < 10 && current.isRedirect(); i++) {
            URI next = current.uri().resolve(current.header("Location").orElseThrow());
            current = send(HttpRequest.newBuilder(next).GET());
        }
        return current;
    }

    /** @return the value of cookie {@code name} sent to {@code url}, if any */
    public Optional<String> cookie(String url, String name) {
        return cookies.getCookieStore().get(URI.create(url)).stream()
                .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst();
    }

    /** Stores cookie {@code name} for {@code url}'s host, as an attacker planting a known session id would. */
    public void plantCookie(String url, String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(url), cookie);
    }

    /** Forgets cookie {@code name}: what a browser does not send on a cross-site POST with SameSite=Lax. */
    public void dropCookie(String name) {
        List<HttpCookie> all = List.copyOf(cookies.getCookieStore().getCookies());
        for (HttpCookie c : all) {
            if (c.getName().equals(name)) {
                cookies.getCookieStore().getURIs().forEach(u -> cookies.getCookieStore().remove(u, c));
                cookies.getCookieStore().remove(null, c);
            }
        }
    }

    private Page send(HttpRequest.Builder request) {
        return send(request, true);
    }

    private Page send(HttpRequest.Builder request, boolean acceptHtml) {
        if (acceptHtml) {
            request.header("Accept", "text/html");
        }
        try {
            HttpResponse<String> response = client.send(request
                    .header("Accept-Language", acceptLanguage).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(response.statusCode(), response.uri(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** An HTML form: where it posts and its fields. */
    public record Form(String action, Map<String, String> fields) {
    }

    /** One answer. */
    public record Page(int status, URI uri, String body, Map<String, List<String>> headers) {

        /** @return whether the answer is a redirect */
        public boolean isRedirect() {
            return status == 301 || status == 302 || status == 303 || status == 307;
        }

        /** @return the first value of header {@code name} */
        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        /** @return every value of header {@code name} */
        public List<String> headers(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).toList();
        }

        /** @return the page's first form, its action resolved against the page URL */
        public Form form() {
            Matcher m = FORM.matcher(body);
            if (!m.find()) {
                throw new AssertionError("no form on " + uri + " (status " + status + "):\n" + body);
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(m.group(2));
            while (input.find()) {
                Map<String, String> attributes = new LinkedHashMap<>();
                Matcher a = ATTRIBUTE.matcher(input.group());
                while (a.find()) {
                    attributes.put(a.group(1).toLowerCase(java.util.Locale.ROOT), unescape(a.group(2)));
                }
                if (attributes.containsKey("name")) {
                    fields.put(attributes.get("name"), attributes.getOrDefault("value", ""));
                }
            }
            return new Form(uri.resolve(unescape(m.group(1))).toString(), fields);
        }

        private static String unescape(String s) {
            return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&#x2F;", "/").replace("&#47;", "/").replace("&amp;", "&");
        }
    }
}
