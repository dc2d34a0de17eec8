package es.clave.sp.benchmarks;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.login.ClientInfo;
import es.clave.sp.login.LoginOptions;
import es.clave.sp.login.LoginStart;
import es.clave.sp.login.PendingLogin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * BENCHMARK-ONLY service provider for {@link StubJourneyBenchmark}: {@code GET /login} answers the
 * auto-post form of clave-sp-core's {@code startLogin}, {@code POST /acs} runs {@code finishLogin}
 * and answers the person identifier. It speaks just enough HTTP/1.1 over a loopback socket (keep-alive,
 * Content-Length bodies) and writes each response in one write with TCP no-delay, so the journey figure
 * measures the stub and not this stand-in's server.
 */
final class JourneySp implements AutoCloseable {

    private final ServerSocket server;
    private final Map<String, PendingLogin> pending = new ConcurrentHashMap<>();
    private volatile ClaveServiceProvider sp;

    /** Binds a loopback port; {@link #start} serves it once the SP's configuration (which names the port) exists. */
    JourneySp() throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    void start(ClaveServiceProvider provider) {
        this.sp = provider;
        Thread acceptor = new Thread(this::acceptLoop, "journey-sp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                s.setTcpNoDelay(true);
                Thread t = new Thread(() -> serve(s), "journey-sp-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket s) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                String requestLine = head.substring(0, head.indexOf("\r\n"));
                int length = contentLength(head);
                String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
                String answer = route(requestLine, body);
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                byte[] headBytes = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                        + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                byte[] all = new byte[headBytes.length + bytes.length];
                System.arraycopy(headBytes, 0, all, 0, headBytes.length);
                System.arraycopy(bytes, 0, all, headBytes.length, bytes.length);
                out.write(all);
                out.flush();
            }
        } catch (IOException | RuntimeException e) {
            // the client went away, or the benchmark is closing: drop the connection
        }
    }

    private String route(String requestLine, String body) {
        if (requestLine.startsWith("GET /login ")) {
            LoginStart start = sp.startLogin(LoginOptions.defaults());
            pending.put(start.pending().relayState(), start.pending());
            StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"es\"><body><form method=\"post\" action=\"")
                    .append(start.form().action()).append("\">");
            start.form().fields().forEach((k, v) -> b.append("<input type=\"hidden\" name=\"").append(k)
                    .append("\" value=\"").append(v).append("\">"));
            return b.append("</form></body></html>").toString();
        }
        if (requestLine.startsWith("POST /acs ")) {
            Map<String, String> form = form(body);
            String relayState = form.get("RelayState");
            ClaveIdentity identity = sp.finishLogin(form.get("SAMLResponse"), relayState, pending.remove(relayState),
                    new ClientInfo("127.0.0.1", Instant.now()));
            return "<p id=\"identity\">" + identity.personIdentifier().value() + "</p>";
        }
        return "<p>not found</p>";
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(512);
        int matched = 0;
        while (matched < 4) {
            int c = in.read();
            if (c < 0) {
                return null;
            }
            b.write(c);
            matched = (c == '\r' && (matched == 0 || matched == 2)) || (c == '\n' && (matched == 1 || matched == 3)) ? matched + 1 : 0;
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return 0;
    }

    static Map<String, String> form(String body) {
        Map<String, String> out = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
