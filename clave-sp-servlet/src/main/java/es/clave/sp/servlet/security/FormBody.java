package es.clave.sp.servlet.security;

import jakarta.servlet.http.HttpServletRequest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body read with a size cap before anything parses
 * it (SEC-X4 at the HTTP layer). The filter reads the body itself instead of calling
 * {@code getParameter}: the container's own form limit would otherwise decide first, and a chunked
 * body has no Content-Length to check.
 */
public final class FormBody {

    private final Map<String, String> fields;

    private FormBody(Map<String, String> fields) {
        this.fields = Collections.unmodifiableMap(fields);
    }

    /** @return the single value of field {@code name}, or null when absent */
    public String field(String name) {
        return fields.get(name);
    }

    /** @return whether field {@code name} was posted */
    public boolean has(String name) {
        return fields.containsKey(name);
    }

    /**
     * Reads and parses the request body.
     *
     * @param request  the POST request
     * @param maxBytes the largest body accepted
     * @return the parsed fields
     * @throws TooLargeException when the body (declared or actual) exceeds {@code maxBytes}
     * @throws MalformedException when the body is not a well-formed urlencoded form with single-valued fields
     * @throws IOException when reading fails
     */
    public static FormBody read(HttpServletRequest request, int maxBytes) throws IOException {
        String contentType = request.getContentType();
        if (contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new MalformedException("expected an application/x-www-form-urlencoded body, got " + contentType);
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            // refused from the header alone: a client that declares much and sends slowly holds nothing
            throw new TooLargeException(declared, maxBytes);
        }
        return parse(readCapped(request.getInputStream(), maxBytes));
    }

    /**
     * How much of an over-cap chunked body is read and discarded before the refusal is sent. A client that
     * is still sending when the server answers and closes usually sees a connection reset instead
     * of the 413 page; draining a bounded tail lets an honest browser show the page, while an
     * endless body still costs at most this much more reading and no memory.
     */
    static final int DRAIN_LIMIT_BYTES = 1024 * 1024;

    static String readCapped(InputStream in, int maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 16 * 1024));
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                drain(in, buffer);
                throw new TooLargeException(total, maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static void drain(InputStream in, byte[] buffer) throws IOException {
        long drained = 0;
        int n;
        while (drained < DRAIN_LIMIT_BYTES && (n = in.read(buffer)) != -1) {
            drained += n;
        }
    }

    static FormBody parse(String body) {
        Map<String, String> fields = new HashMap<>();
        if (body.isEmpty()) {
            return new FormBody(fields);
        }
        for (String pair : body.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            // two values for one field make it ambiguous which one was validated: refuse
            if (fields.putIfAbsent(name, value) != null) {
                throw new MalformedException("field posted more than once: " + name);
            }
        }
        return new FormBody(fields);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MalformedException("invalid percent-encoding in the form body");
        }
    }

    /** The body is larger than the cap. */
    public static final class TooLargeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long size, int max) {
            super("request body of at least " + size + " bytes exceeds the cap of " + max + " bytes");
        }
    }

    /** The body is not a usable form. */
    public static final class MalformedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedException(String message) {
            super(message);
        }
    }
}
