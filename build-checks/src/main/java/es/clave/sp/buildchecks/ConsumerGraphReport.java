package es.clave.sp.buildchecks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prints, after the consumer projects ran, the jar count and size of each runtime graph (the
 * invoker keeps a project's own output in its build.log) and collects them in one file.
 */
public final class ConsumerGraphReport {

    private ConsumerGraphReport() {
    }

    /**
     * @param args the folder the consumer projects ran in, and the report file to write
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ConsumerGraphReport <consumer projects folder> <report file>");
        }
        List<String> lines = new ArrayList<>();
        try (Stream<Path> projects = Files.list(Path.of(args[0]))) {
            for (Path project : projects.sorted().toList()) {
                Path summary = project.resolve(ConsumerGraphCheck.SUMMARY);
                if (Files.isRegularFile(summary)) {
                    lines.addAll(Files.readAllLines(summary, StandardCharsets.UTF_8));
                }
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException("no consumer project wrote " + ConsumerGraphCheck.SUMMARY + " under " + args[0]);
        }
        lines.forEach(line -> System.out.println("[consumer-check] " + line));
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
    }
}
