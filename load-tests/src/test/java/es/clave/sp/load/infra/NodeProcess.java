package es.clave.sp.load.infra;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One SP node in a JVM of its own, started from the test class path, so it shares nothing with
 * the other node but the store, and can be killed like a crashed server ({@code SIGKILL}) and
 * started again on the same port.
 */
public final class NodeProcess implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final String name;
    private final String mainClass;
    private final int port;
    private final List<String> args;
    private final Path logDir;
    private final HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;

    /**
     * @param name      short name, also the {@code X-Load-Node} value
     * @param mainClass the node's main class
     * @param port      its HTTP port (kept across restarts)
     * @param args      its arguments
     * @param logDir    where its output goes
     */
    public NodeProcess(String name, String mainClass, int port, List<String> args, Path logDir) {
        this.name = name;
        this.mainClass = mainClass;
        this.port = port;
        this.args = List.copyOf(args);
        this.logDir = logDir;
    }

    /** @return the node as an upstream of the forwarder */
    public Upstream upstream() {
        return new Upstream(name, URI.create("http://127.0.0.1:" + port));
    }

    /** @return the node's process id, or -1 when it is not running */
    public synchronized long pid() {
        return process != null && process.isAlive() ? process.pid() : -1;
    }

    /** @return the node's name */
    public String name() {
        return name;
    }

    /** Starts the JVM, without waiting for it to serve (see {@link #awaitReady()}). */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC",
                // C1 only: a short run on a shared machine spends less CPU compiling, and starts sooner
                "-XX:TieredStopAtLevel=1", "-Djava.net.preferIPv4Stack=true",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + "-" + (++starts) + ".log");
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start node " + name + ": " + e.getMessage(), e);
        }
    }

    /** Waits until the node's home page answers 200. */
    public void awaitReady() {
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        HttpRequest home = HttpRequest.newBuilder(upstream().base().resolve("/")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            Process p = process;
            if (p == null || !p.isAlive()) {
                throw new IllegalStateException("node " + name + " exited during start-up; see " + logDir);
            }
            try {
                if (probe.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Commands.sleep(200);
        }
        throw new IllegalStateException("node " + name + " did not answer within " + START_LIMIT + "; see " + logDir);
    }

    /** Kills the JVM at once ({@code SIGKILL}): requests in flight are cut, nothing is flushed. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Sends a POST to one of the node's own paths (operator endpoints), bypassing the forwarder.
     *
     * @return the answer's body
     */
    public String post(String path, Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(upstream().base().resolve(path)).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> answer = probe.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(name + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
            }
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException(name + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        kill();
    }
}
