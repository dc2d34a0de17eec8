package es.clave.sp.examples.jakartaee;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One Payara Micro process serving one WAR at the root context on loopback. The server's
 * configuration reaches the application as JVM system properties, which MicroProfile Config reads:
 * the same way an operator would pass them. Its output goes to {@code payara.log} in the work folder.
 */
final class PayaraMicro implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final Path log;
    private final String origin;

    private PayaraMicro(Process process, Path log, String origin) {
        this.process = process;
        this.log = log;
        this.origin = origin;
    }

    /**
     * Starts the server and waits until the WAR answers.
     *
     * @param java       a Java 21+ launcher (Payara Micro 7 needs it)
     * @param jar        payara-micro.jar
     * @param war        the application
     * @param port       the HTTP port
     * @param properties system properties for the server JVM (the application's {@code clave.*} keys)
     * @param work       a folder for the server's files and log
     */
    static PayaraMicro start(Path java, Path jar, Path war, int port, Map<String, String> properties, Path work)
            throws IOException, InterruptedException {
        for (Path required : List.of(java, jar, war)) {
            if (!Files.isRegularFile(required)) {
                throw new IllegalStateException("missing " + required + " (Payara Micro 7 needs a Java 21+ launcher:"
                        + " set -Dpayara.java=/path/to/bin/java; the jar and the WAR come from `mvn package`)");
            }
        }
        Files.createDirectories(work);
        // a fresh runtime folder: one left by an earlier run would redeploy its copy of the WAR first
        Path root = work.resolve("root");
        deleteTree(root);
        // C1 only: a short-lived test server starts faster on a small machine
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1"));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        // the HTTP listener on loopback only; no data grid (Hazelcast) at all
        Path preBoot = Files.writeString(work.resolve("pre-boot.asadmin"), "set configs.config.server-config.network-config"
                + ".network-listeners.network-listener.http-listener.address=127.0.0.1\n", StandardCharsets.UTF_8);
        command.addAll(List.of("-jar", jar.toString(), "--nohazelcast", "--prebootcommandfile", preBoot.toString(),
                "--port", String.valueOf(port),
                "--rootdir", root.toString(), "--deploy", war.toString(), "--contextroot", "/"));
        Path log = work.resolve("payara.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        PayaraMicro server = new PayaraMicro(process, log, "http://localhost:" + port);
        try {
            server.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** @return {@code http://localhost:<port>} */
    String origin() {
        return origin;
    }

    /** @return the server's log so far (for assertion messages) */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<Void> home = http.send(HttpRequest.newBuilder(URI.create(origin + "/")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (home.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Payara Micro did not serve the WAR within " + START_TIMEOUT + ":\n" + logTail());
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Stops the server (its shutdown hook undeploys the WAR), forcibly after 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
