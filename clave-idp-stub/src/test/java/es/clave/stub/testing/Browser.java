package es.clave.stub.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** A script-free browser for tests: GETs and form POSTs with java.net.http.HttpClient. */
public final class Browser {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    /** GETs {@code url}. */
    public Page get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "es").GET().build());
    }

    /** GETs {@code url} with an Accept-Language header. */
    public Page get(String url, String acceptLanguage) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", acceptLanguage).GET().build());
    }

    /** POSTs {@code fields} URL-encoded to {@code url}. */
    public Page post(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Submits {@code form} (resolving its action against {@code base}). */
    public Page submit(HtmlForm form, String base) {
        return post(URI.create(base).resolve(form.action()).toString(), form.fields());
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Page(r.statusCode(), r.uri().toString(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String v) {
        return URLEncoder.encode(v, StandardCharsets.UTF_8);
    }

    /**
     * A fetched page.
     *
     * @param status      HTTP status
     * @param url         final URL
     * @param body        body text
     * @param contentType Content-Type header
     */
    public record Page(int status, String url, String body, String contentType) {

        /** @return the first form of the page */
        public HtmlForm form() {
            return HtmlForm.first(body);
        }

        /** @return the href of the element with id {@code id} */
        public String linkById(String id) {
            return HtmlForm.hrefOf(body, id);
        }
    }
}
