package es.clave.sp.load.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A virtual browser for one journey: its own cookie jar, top-level navigations only (what a
 * citizen's clicks, typed addresses and self-submitting forms produce), redirects followed by hand
 * so every hop gets the headers and cookies a browser would send: {@code Accept: text/html…},
 * {@code Sec-Fetch-Mode: navigate}, {@code Sec-Fetch-Dest: document}, {@code Sec-Fetch-Site}
 * computed over the redirect chain, {@code Sec-Fetch-User} for user-activated navigations, and
 * {@code Origin} on form posts ({@code null} when the posting page says {@code no-referrer}).
 */
public final class Browser {

    private static final int MAX_REDIRECTS = 10;
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private final HttpClient client;
    private final Duration timeout;
    private final CookieJar jar = new CookieJar();
    private final List<Long> requestNanos = new ArrayList<>();

    /**
     * @param client  a shared client that follows no redirects and keeps no cookies
     * @param timeout the longest wait for one answer; beyond it the request is lost
     */
    public Browser(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    /** @return how long each request of this browser took, in order */
    public List<Long> requestNanos() {
        return requestNanos;
    }

    /** Types {@code url} into the address bar. */
    public Page open(URI url) throws IOException, InterruptedException {
        return navigate("GET", url, null, null, true);
    }

    /** Clicks a link of {@code from}. */
    public Page click(Page from, String href) throws IOException, InterruptedException {
        return navigate("GET", from.url().resolve(href), null, from, true);
    }

    /**
     * Submits a form of {@code from}.
     *
     * @param fields        the fields, in order
     * @param userActivated whether the citizen pressed the button (false for a self-submitting page)
     */
    public Page submit(Page from, Markup.Form form, Map<String, String> fields, boolean userActivated)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI action = form.action().isEmpty() ? from.url() : from.url().resolve(form.action());
        return navigate("POST", action, body.getBytes(StandardCharsets.US_ASCII), from, userActivated);
    }

    private Page navigate(String method, URI url, byte[] body, Page initiator, boolean userActivated)
            throws IOException, InterruptedException {
        List<URI> chain = new ArrayList<>();
        List<String> nodes = new ArrayList<>();
        List<Integer> statuses = new ArrayList<>();
        URI current = url;
        String currentMethod = method;
        byte[] currentBody = body;
        for (int hop = 0; ; hop++) {
            chain.add(current);
            boolean sameSite = initiator == null || chain.stream().allMatch(u -> Sites.sameSite(u, initiator.url()));
            HttpRequest.Builder b = HttpRequest.newBuilder(current).timeout(timeout)
                    .header("Accept", ACCEPT)
                    .header("Accept-Language", "es-ES,es;q=0.9,en;q=0.8")
                    .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) clave-sp-load-test/1.0")
                    .header("Upgrade-Insecure-Requests", "1")
                    .header("Sec-Fetch-Dest", "document")
                    .header("Sec-Fetch-Mode", "navigate")
                    .header("Sec-Fetch-Site", fetchSite(chain, initiator));
            if (userActivated) {
                b.header("Sec-Fetch-User", "?1");
            }
            String cookies = jar.header(current, sameSite, "GET".equals(currentMethod));
            if (cookies != null) {
                b.header("Cookie", cookies);
            }
            if ("POST".equals(currentMethod)) {
                b.header("Content-Type", "application/x-www-form-urlencoded");
                b.header("Origin", initiator == null || "no-referrer".equalsIgnoreCase(initiator.header("Referrer-Policy").orElse(""))
                        ? "null" : Sites.origin(initiator.url()));
                b.POST(HttpRequest.BodyPublishers.ofByteArray(currentBody));
            } else {
                b.GET();
            }
            long start = System.nanoTime();
            HttpResponse<String> answer = client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            requestNanos.add(System.nanoTime() - start);
            for (String setCookie : answer.headers().allValues("Set-Cookie")) {
                jar.store(current, setCookie);
            }
            nodes.add(answer.headers().firstValue("X-Load-Node").orElse("-"));
            int status = answer.statusCode();
            statuses.add(status);
            Optional<String> location = answer.headers().firstValue("Location");
            if (status / 100 != 3 || location.isEmpty() || status == 304) {
                return new Page(current, status, answer.headers(), answer.body(), List.copyOf(nodes), List.copyOf(statuses));
            }
            if (hop == MAX_REDIRECTS) {
                throw new IOException("more than " + MAX_REDIRECTS + " redirects from " + url);
            }
            if (status != 307 && status != 308) {
                currentMethod = "GET";
                currentBody = null;
            }
            current = current.resolve(location.get());
        }
    }

    /** Fetch Metadata: {@code none} for what the citizen typed, else the least related hop of the chain. */
    private static String fetchSite(List<URI> chain, Page initiator) {
        if (initiator == null) {
            return "none";
        }
        String site = "same-origin";
        for (URI u : chain) {
            if (Sites.origin(u).equals(Sites.origin(initiator.url()))) {
                continue;
            }
            if (!Sites.sameSite(u, initiator.url())) {
                return "cross-site";
            }
            site = "same-site";
        }
        return site;
    }

    /**
     * A page the browser ended on.
     *
     * @param url      its address (after redirects)
     * @param status   the final status
     * @param headers  the final headers
     * @param body     the HTML
     * @param nodes    the {@code X-Load-Node} of every hop ({@code -} where none)
     * @param statuses the status of every hop (the first is the answer to the request itself)
     */
    public record Page(URI url, int status, HttpHeaders headers, String body, List<String> nodes, List<Integer> statuses) {

        /** @return the first value of header {@code name} */
        public Optional<String> header(String name) {
            return headers.firstValue(name.toLowerCase(Locale.ROOT));
        }
    }
}
