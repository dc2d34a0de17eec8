package es.clave.sp.servlet.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
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
 * A minimal browser over {@link HttpClient}: its own cookie jar that honours Path, Max-Age, Secure
 * and SameSite the way current browsers do, manual redirects, and auto-post forms followed by reading
 * their inputs. Pages of the gateway are another site: a form posted from them to the application
 * carries only {@code SameSite=None} cookies, as Cl@ve's cross-site POST does in a real browser.
 */
final class TestBrowser {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<StoredCookie> jar = new ArrayList<>();
    private final String gatewayOrigin;
    private String acceptLanguage = "es-ES,es;q=0.9";

    /** @param gatewayOrigin scheme://host:port of the gateway, whose pages are another site */
    TestBrowser(String gatewayOrigin) {
        this.gatewayOrigin = gatewayOrigin;
    }

    /** Sets the Accept-Language header of every following request; null sends none. */
    TestBrowser acceptLanguage(String value) {
        this.acceptLanguage = value;
        return this;
    }

    /** One HTTP response as the browser saw it. */
    record Page(URI uri, int status, String body, Map<String, List<String>> headers) {
        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        List<String> setCookies() {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("set-cookie"))
                    .flatMap(e -> e.getValue().stream()).collect(Collectors.toList());
        }

        Optional<String> setCookie(String name) {
            return setCookies().stream().filter(c -> c.startsWith(name + "=")).findFirst();
        }

        Optional<HtmlForm> form() {
            return HtmlForm.firstPostForm(body);
        }
    }

    /** A GET as typed in the address bar, without following redirects. */
    Page get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), null, false);
    }

    /** A GET with extra request headers. */
    Page get(String url, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).GET();
        headers.forEach(builder::header);
        return send(builder, null, false);
    }

    /** A POST whose body has no declared length (sent chunked). */
    Page postChunked(String url, byte[] body, String fromOrigin) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))),
                fromOrigin, true);
    }

    /** A POST of {@code fields} from a page at {@code fromOrigin} (null for a same-site origin). */
    Page post(String url, Map<String, String> fields, String fromOrigin) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return postRaw(url, body, "application/x-www-form-urlencoded", fromOrigin);
    }

    /** A POST of a raw body. */
    Page postRaw(String url, String body, String contentType, String fromOrigin) {
        URI target = URI.create(url);
        return send(HttpRequest.newBuilder(target).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)), fromOrigin, true);
    }

    /** Follows redirects from {@code page} (GET, as browsers do after 302/303). */
    Page followRedirects(Page page) {
        Page current = page;
        for (int i = 0; i < 10 && current.status() >= 300 && current.status() < 400; i++) {
            URI next = current.uri().resolve(current.header("Location").orElseThrow());
            current = send(HttpRequest.newBuilder(next).GET(), origin(current.uri()), false);
        }
        return current;
    }

    /** Submits the page's first POST form as a browser would (from the page's origin). */
    Page submit(Page page) {
        HtmlForm form = page.form().orElseThrow(() -> new AssertionError("no POST form on " + page.uri()
                + " (status " + page.status() + "):\n" + page.body()));
        return post(page.uri().resolve(form.action()).toString(), form.fields(), origin(page.uri()));
    }

    /**
     * Navigates to {@code url} and keeps following redirects and auto-post forms until a page
     * without a form (or a non-200 page) is reached.
     */
    Page navigate(String url) {
        return settle(get(url));
    }

    /** Follows redirects and auto-post forms from {@code page}. */
    Page settle(Page page) {
        Page current = followRedirects(page);
        for (int i = 0; i < 10 && current.status() == 200 && current.form().isPresent(); i++) {
            current = followRedirects(submit(current));
        }
        return current;
    }

    /** @return the value of cookie {@code name} in the jar, if any */
    Optional<String> cookie(String name) {
        return jar.stream().filter(c -> c.name.equals(name)).map(c -> c.value).findFirst();
    }

    /** Copies cookie {@code name} from another browser (an attacker planting a value). */
    void plantCookie(String name, String value, String host, String path) {
        jar.removeIf(c -> c.name.equals(name) && c.host.equals(host) && c.path.equals(path));
        jar.add(new StoredCookie(name, value, host, path, false, "Lax"));
    }

    /** @return the Cookie header this browser would send with a request to {@code url} (empty: none) */
    String cookieHeader(String url, String fromOrigin, boolean isPost) {
        URI uri = URI.create(url);
        boolean crossSite = fromOrigin != null && !site(fromOrigin).equals(site(origin(uri)));
        return jar.stream().filter(c -> c.sendTo(uri, crossSite, isPost))
                .map(c -> c.name + "=" + c.value).collect(Collectors.joining("; "));
    }

    /**
     * A form POST whose Cookie header is {@code cookieHeader} verbatim (null: none) instead of what
     * the jar holds: a client that sends whatever it likes. Cookies it is given are still stored.
     */
    Page postWithCookieHeader(String url, String body, String cookieHeader) {
        return exchange(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), cookieHeader);
    }

    private Page send(HttpRequest.Builder builder, String fromOrigin, boolean isPost) {
        return exchange(builder, cookieHeader(builder.copy().build().uri().toString(), fromOrigin, isPost));
    }

    private Page exchange(HttpRequest.Builder builder, String cookies) {
        URI uri = builder.copy().build().uri();
        if (cookies != null && !cookies.isEmpty()) {
            builder.header("Cookie", cookies);
        }
        if (acceptLanguage != null) {
            builder.header("Accept-Language", acceptLanguage);
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            Page page = new Page(uri, response.statusCode(), response.body(), response.headers().map());
            page.setCookies().forEach(header -> store(uri, header));
            return page;
        } catch (IOException e) {
            throw new AssertionError("request to " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private String site(String origin) {
        // the gateway is another site, as Cl@ve is for every real application
        return origin.equals(gatewayOrigin) ? "gateway" : "application";
    }

    private void store(URI uri, String header) {
        String[] parts = header.split(";");
        int eq = parts[0].indexOf('=');
        String name = parts[0].substring(0, eq).strip();
        String value = parts[0].substring(eq + 1).strip();
        String path = "/";
        boolean secure = false;
        String sameSite = null;
        boolean delete = false;
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].strip().split("=", 2);
            String key = kv[0].strip().toLowerCase(Locale.ROOT);
            String v = kv.length > 1 ? kv[1].strip() : "";
            switch (key) {
                case "path" -> path = v;
                case "secure" -> secure = true;
                case "samesite" -> sameSite = v;
                case "max-age" -> delete = Long.parseLong(v) <= 0;
                case "expires" -> delete = delete || v.contains("1970");
                default -> { }
            }
        }
        String host = uri.getHost();
        String cookiePath = path;
        jar.removeIf(c -> c.name.equals(name) && c.host.equals(host) && c.path.equals(cookiePath));
        if (!delete && !(sameSite != null && sameSite.equalsIgnoreCase("None") && !secure)) {
            // browsers refuse SameSite=None without Secure
            jar.add(new StoredCookie(name, value, host, path, secure, sameSite));
        }
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static final class StoredCookie {
        final String name;
        final String value;
        final String host;
        final String path;
        final boolean secure;
        final String sameSite;

        StoredCookie(String name, String value, String host, String path, boolean secure, String sameSite) {
            this.name = name;
            this.value = value;
            this.host = host;
            this.path = path;
            this.secure = secure;
            this.sameSite = sameSite;
        }

        boolean sendTo(URI uri, boolean crossSite, boolean isPost) {
            if (!uri.getHost().equals(host)) {
                return false;
            }
            String p = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            if (!(p.equals(path) || p.startsWith(path.endsWith("/") ? path : path + "/"))) {
                return false;
            }
            // like Chrome and Firefox, localhost is a secure context: Secure cookies go to http://localhost
            boolean secureContext = "https".equals(uri.getScheme()) || "localhost".equals(uri.getHost())
                    || "127.0.0.1".equals(uri.getHost());
            if (secure && !secureContext) {
                return false;
            }
            if (!crossSite) {
                return true;
            }
            String mode = sameSite == null ? "lax" : sameSite.toLowerCase(Locale.ROOT);
            // cross-site: None always; Lax (also the default) only on top-level GET navigations
            return mode.equals("none") || (mode.equals("lax") && !isPost);
        }
    }
}
