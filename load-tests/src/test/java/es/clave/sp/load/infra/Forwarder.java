package es.clave.sp.load.infra;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A small buffering HTTP reverse proxy on Jetty: reads the request (up to 2 MiB, like a balancer's
 * body limit), sends it to the upstream {@link Routing} chooses with the browser's {@code Host}
 * header, and copies the answer back with {@code X-Load-Node} naming the upstream. An upstream
 * that refuses the connection is skipped; one that fails after the request was sent gets a 502
 * ({@code X-Load-Error: upstream-aborted}) unless the method is safe to repeat. With a
 * {@link FaultPlan} it injects the gateway's faults first.
 */
public final class Forwarder implements AutoCloseable {

    /** Header naming the upstream that answered. */
    public static final String NODE_HEADER = "X-Load-Node";
    /** Header set on the forwarder's own error answers. */
    public static final String ERROR_HEADER = "X-Load-Error";
    private static final int MAX_BODY = 2 * 1024 * 1024;
    // below the virtual browsers' 60 s, so a hung upstream shows as the balancer's 504, not as a lost journey
    private static final Duration UPSTREAM_TIMEOUT = Duration.ofSeconds(55);
    private static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-connection", "te",
            "trailer", "transfer-encoding", "upgrade", "content-length", "expect", "http2-settings", "date", "server");

    private final Server server;
    private final HttpClient client;
    private final ServerConnector connector;
    private final String publicHost;
    private volatile Routing routing;

    private Forwarder(String publicHost, Routing routing, FaultPlan faults) {
        this.publicHost = publicHost;
        this.routing = routing;
        QueuedThreadPool threads = new QueuedThreadPool(600, 16);
        threads.setName("forwarder-" + publicHost);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setAcceptQueueSize(512);
        server.addConnector(connector);
        server.setHandler(new Forwarding(faults));
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(3)).build();
    }

    /**
     * Starts a forwarder on a free loopback port.
     *
     * @param publicHost the host name browsers use for it ({@code localhost} or {@code 127.0.0.1}: two sites)
     * @param routing    where requests go; may be replaced later with {@link #routing(Routing)}
     * @param faults     the faults to inject, or null for none
     */
    public static Forwarder start(String publicHost, Routing routing, FaultPlan faults) {
        Forwarder f = new Forwarder(publicHost, routing, faults);
        try {
            f.server.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the forwarder: " + e.getMessage(), e);
        }
        return f;
    }

    /** Routes the requests from now on to {@code next}. */
    public void routing(Routing next) {
        this.routing = next;
    }

    /** @return {@code http://<publicHost>:<port>} */
    public URI baseUri() {
        return URI.create("http://" + publicHost + ":" + connector.getLocalPort());
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The handler: blocking, one pooled thread per request in flight. */
    private final class Forwarding extends Handler.Abstract {

        private final FaultPlan faults;

        Forwarding(FaultPlan faults) {
            this.faults = faults;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            String path = request.getHttpURI().getPath();
            if (faults != null) {
                Optional<Integer> fault = faults.before(path);
                if (fault.isPresent()) {
                    answer(response, callback, fault.get(), "injected-fault");
                    return true;
                }
            }
            byte[] body;
            try (InputStream in = Content.Source.asInputStream(request)) {
                body = readCapped(in);
            }
            if (body == null) {
                answer(response, callback, 413, "body-over-forwarder-limit");
                return true;
            }
            Map<String, String> cookies = cookies(request.getHeaders());
            Routing current = routing;
            IOException last = null;
            for (Upstream upstream : current.candidates(cookies)) {
                try {
                    HttpResponse<byte[]> answer = client.send(upstreamRequest(request, upstream, body),
                            HttpResponse.BodyHandlers.ofByteArray());
                    copy(answer, response, current.setCookies(cookies, upstream), upstream);
                    response.write(true, ByteBuffer.wrap(answer.body()), callback);
                    return true;
                } catch (HttpTimeoutException e) {
                    answer(response, callback, 504, "upstream-timeout");
                    return true;
                } catch (ConnectException e) {
                    last = e;   // nothing was sent: the next node may take it
                } catch (IOException e) {
                    last = e;
                    if (!isSafe(request.getMethod())) {
                        answer(response, callback, 502, "upstream-aborted");
                        return true;
                    }
                }
            }
            answer(response, callback, 502, last instanceof ConnectException ? "no-upstream" : "upstream-aborted");
            return true;
        }

        private HttpRequest upstreamRequest(Request request, Upstream upstream, byte[] body) {
            String pathQuery = request.getHttpURI().getPathQuery();
            HttpRequest.Builder b = HttpRequest.newBuilder(upstream.base().resolve(pathQuery)).timeout(UPSTREAM_TIMEOUT)
                    .method(request.getMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            for (HttpField field : request.getHeaders()) {
                if (!NOT_FORWARDED.contains(field.getLowerCaseName())) {
                    b.header(field.getName(), field.getValue());
                }
            }
            b.header("X-Forwarded-For", Request.getRemoteAddr(request));
            return b.build();
        }

        private void copy(HttpResponse<byte[]> answer, Response response, List<String> setCookies, Upstream upstream) {
            response.setStatus(answer.statusCode());
            HttpFields.Mutable headers = response.getHeaders();
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    values.forEach(v -> headers.add(name, v));
                }
            });
            setCookies.forEach(c -> headers.add(HttpHeader.SET_COOKIE, c));
            headers.put(NODE_HEADER, upstream.name());
            headers.put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        }
    }

    private static void answer(Response response, Callback callback, int status, String reason) {
        byte[] page = ("<!DOCTYPE html><html><body><h1>" + status + "</h1><p>" + reason + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
        response.getHeaders().put(ERROR_HEADER, reason);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, page.length);
        response.write(true, ByteBuffer.wrap(page), callback);
    }

    private static byte[] readCapped(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    private static Map<String, String> cookies(HttpFields headers) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String header : headers.getValuesList(HttpHeader.COOKIE)) {
            for (String pair : header.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    out.putIfAbsent(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
        }
        return out;
    }
}
