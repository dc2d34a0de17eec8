package es.clave.stub.http;

import com.sun.net.httpserver.HttpExchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reading forms and query strings, writing responses with safe headers. */
final class HttpIo {

    /** Largest request body read (a SAMLRequest is a few KiB; the cap keeps memory bounded). */
    static final int MAX_BODY = 1024 * 1024;

    private HttpIo() {
    }

    /** @return the query parameters (first value wins) */
    static Map<String, String> query(HttpExchange ex) {
        return parse(ex.getRequestURI().getRawQuery());
    }

    /** @return the URL-encoded form body (first value wins), or the query for non-POST requests */
    static Map<String, String> form(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            return query(ex);
        }
        String contentType = ex.getRequestHeaders().getFirst("Content-Type");
        byte[] body = readBody(ex.getRequestBody());
        if (contentType != null && !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return new LinkedHashMap<>();
        }
        return parse(new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] readBody(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + n > MAX_BODY) {
                throw new IOException("request body larger than " + MAX_BODY + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static Map<String, String> parse(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.putIfAbsent(k, v);
            } catch (IllegalArgumentException e) {
                // a malformed %-escape: skip the pair, the checks report the missing field
            }
        }
        return out;
    }

    static void html(HttpExchange ex, int status, String html) throws IOException {
        send(ex, status, "text/html; charset=utf-8", html);
    }

    static void json(HttpExchange ex, int status, String json) throws IOException {
        send(ex, status, "application/json; charset=utf-8", json);
    }

    static void xml(HttpExchange ex, int status, String xml) throws IOException {
        send(ex, status, "application/xml; charset=utf-8", xml);
    }

    static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(303, -1);
        ex.close();
    }

    private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var h = ex.getResponseHeaders();
        h.set("Content-Type", contentType);
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                + "form-action *; frame-ancestors 'none'");
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
        ex.close();
    }

    /** @return the client's IP address */
    static String clientAddress(HttpExchange ex) {
        return ex.getRemoteAddress() == null ? null : ex.getRemoteAddress().getAddress().getHostAddress();
    }
}
