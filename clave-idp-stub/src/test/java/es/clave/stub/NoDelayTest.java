package es.clave.stub;

import com.sun.net.httpserver.HttpServer;
import es.clave.stub.http.NoDelay;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stub answers without Nagle's delay (issue 16, item 0): every connection the stub's server
 * accepts has TCP_NODELAY on. The server-side sockets are read through the JDK server's internals
 * (opened to this test by the surefire argLine), because the option is invisible from the client
 * side and timing is not something a unit test may assert; the journey time itself is measured by
 * {@code StubJourneyBenchmark} in benchmarks/.
 */
class NoDelayTest {

    @Test
    @DisplayName("loading ClaveStub requests sun.net.httpserver.nodelay=true (unless set explicitly)")
    void propertyIsRequestedBeforeAnyServer() {
        try (ClaveStub ignored = ClaveStub.builder().start()) {
            assertEquals("true", System.getProperty(NoDelay.PROPERTY));
        }
    }

    @Test
    @DisplayName("every connection accepted by the stub has TCP_NODELAY on")
    void acceptedConnectionsHaveNoDelay() throws Exception {
        try (ClaveStub stub = ClaveStub.builder().start();
             Socket client = new Socket(InetAddress.getLoopbackAddress(), stub.port())) {
            // one complete keep-alive exchange, so the server has accepted and registered the connection
            String head = exchange(client, "GET /stub HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertTrue(head.startsWith("HTTP/1.1 200"), head);

            List<SocketChannel> accepted = acceptedChannels(stub);
            assertFalse(accepted.isEmpty(), "the stub's server holds the open connection");
            for (SocketChannel channel : accepted) {
                assertTrue(channel.getOption(StandardSocketOptions.TCP_NODELAY),
                        "TCP_NODELAY is off on " + channel + ": each response would wait for a delayed ACK");
            }
        }
    }

    /** Sends {@code request} and reads one response with a Content-Length body; @return its head. */
    private static String exchange(Socket client, String request) throws IOException {
        OutputStream out = client.getOutputStream();
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = client.getInputStream();
        ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
        while (!headBytes.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("connection closed inside the response head: " + headBytes);
            }
            headBytes.write(b);
        }
        String head = headBytes.toString(StandardCharsets.ISO_8859_1);
        int length = head.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:"))
                .map(l -> Integer.parseInt(l.substring(l.indexOf(':') + 1).strip())).findFirst().orElseThrow();
        assertEquals(length, in.readNBytes(length).length);
        return head;
    }

    private static List<SocketChannel> acceptedChannels(ClaveStub stub) throws Exception {
        HttpServer server = (HttpServer) field(stub, "server");
        Object impl = field(server, "server");
        Set<?> connections = (Set<?>) field(impl, "allConnections");
        List<SocketChannel> channels = new ArrayList<>();
        synchronized (connections) {
            for (Object connection : connections) {
                channels.add((SocketChannel) field(connection, "chan"));
            }
        }
        return channels;
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(target);
            } catch (NoSuchFieldException ignored) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(target.getClass() + "." + name);
    }
}
