package es.clave.sp.load.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the external programs the private servers need, bounded in time, failing with their output. */
final class Commands {

    private Commands() {
    }

    /** @return whether this JVM runs as root (PostgreSQL then has to run as another user) */
    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Runs {@code command}, as {@code user} through {@code runuser} when it is not null.
     *
     * @return the combined output
     * @throws IllegalStateException when it fails or takes longer than {@code timeoutSeconds}
     */
    static String run(String user, long timeoutSeconds, String... command) {
        List<String> full = new ArrayList<>();
        if (user != null) {
            full.addAll(List.of("runuser", "-u", user, "--"));
        }
        full.addAll(List.of(command));
        try {
            Path output = Files.createTempFile("clave-load-cmd", ".log");
            try {
                Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile()).start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                    throw new IllegalStateException("timed out after " + timeoutSeconds + " s: " + String.join(" ", full)
                            + "\n" + Files.readString(output, StandardCharsets.UTF_8));
                }
                String text = Files.readString(output, StandardCharsets.UTF_8);
                if (p.exitValue() != 0) {
                    throw new IllegalStateException("exit " + p.exitValue() + ": " + String.join(" ", full) + "\n" + text);
                }
                return text;
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", full) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", full), e);
        }
    }

    /** @return whether {@code command} exits with 0 */
    static boolean succeeds(String user, long timeoutSeconds, String... command) {
        try {
            run(user, timeoutSeconds, command);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** Waits {@code ms} while polling a server; an interrupt ends the wait with an exception. */
    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
