package es.clave.sp.examples.jakartaee;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cookie-keeping HTTP client that behaves like a browser without JavaScript: it follows redirects
 * one hop at a time (so tests can look at each) and submits auto-post forms (the SP's to the gateway,
 * the gateway's back to the ACS) when asked.
 */
final class Browser {

    private static final Pattern FORM = Pattern.compile("<form\\b[^>]*\\baction=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern HIDDEN = Pattern.compile("<input\\b[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String language;

    /** @param language the Accept-Language of every request */
    Browser(String language) {
        this.language = language;
    }

    /** @return the answer to a GET of {@code uri}, without following a redirect */
    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(request(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** @return the answer to a form POST of {@code uri}, without following a redirect */
    HttpResponse<String> post(URI uri, List<String[]> fields) throws IOException, InterruptedException {
        StringJoiner body = new StringJoiner("&");
        for (String[] f : fields) {
            body.add(URLEncoder.encode(f[0], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f[1], StandardCharsets.UTF_8));
        }
        return http.send(request(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** @return the page reached from {@code page} by following redirects and submitting auto-post forms */
    HttpResponse<String> settle(HttpResponse<String> page) throws IOException, InterruptedException {
        HttpResponse<String> current = page;
        for (int hop = 0; hop < 12; hop++) {
            if (current.statusCode() / 100 == 3) {
                current = get(current.uri().resolve(current.headers().firstValue("Location").orElseThrow()));
                continue;
            }
            Matcher form = FORM.matcher(current.body());
            if (current.statusCode() != 200 || !form.find()) {
                return current;
            }
            List<String[]> fields = new ArrayList<>();
            Matcher hidden = HIDDEN.matcher(form.group(2));
            while (hidden.find()) {
                fields.add(new String[] {hidden.group(1), unescape(hidden.group(2))});
            }
            current = post(current.uri().resolve(unescape(form.group(1))), fields);
        }
        throw new IllegalStateException("more than 12 hops from " + page.uri());
    }

    /** @return the cookies the browser holds for {@code uri} */
    List<HttpCookie> cookies(URI uri) {
        return cookies.getCookieStore().get(uri);
    }

    /** Puts {@code cookie} back, as a stolen or replayed cookie would be. */
    void addCookie(URI uri, HttpCookie cookie) {
        cookies.getCookieStore().add(uri, cookie);
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Accept-Language", language);
    }

    private static String unescape(String s) {
        // the five entities both sides' escapers write; &amp; last
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
