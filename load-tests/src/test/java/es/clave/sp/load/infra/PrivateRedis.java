package es.clave.sp.load.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A {@code redis-server} owned by the test on a free loopback port, without persistence
 * ({@code --save '' --appendonly no}): a restart loses every key, as a cache node replaced by its
 * orchestrator does. The machine's shared Redis is never touched.
 */
public final class PrivateRedis implements AutoCloseable {

    private final Path dir;
    private final int port;
    private Process process;

    private PrivateRedis(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Starts a server with its working folder under {@code buildDir}. */
    public static PrivateRedis start(Path buildDir) {
        try {
            Path dir = Files.createDirectories(buildDir.resolve("private-redis"));
            PrivateRedis redis = new PrivateRedis(dir, FreePorts.next());
            redis.startServer();
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return {@code redis://127.0.0.1:<port>} */
    public String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /** Starts the server (again) on the same port. */
    public synchronized void startServer() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("redis-server already runs on " + port);
        }
        try {
            process = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no", "--dir", dir.toString(), "--maxclients", "1000")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("server.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start redis-server (install the redis-server package:"
                    + " .ci/services.sh does): " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!isUp()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("redis-server did not answer on port " + port + "; see " + dir.resolve("server.log"));
            }
            Commands.sleep(20);
        }
    }

    /** Kills the server (SIGKILL): no goodbye to the clients, every key lost. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** @return whether the server answers PING */
    public boolean isUp() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 500);
            s.setSoTimeout(1000);
            OutputStream out = s.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            byte[] answer = in.readNBytes(7);
            return new String(answer, StandardCharsets.US_ASCII).equals("+PONG\r\n");
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        kill();
    }
}
