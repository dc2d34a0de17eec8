package es.clave.sp.buildchecks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SEC-D, the consumer's view: checks the runtime graph that a small adopter project resolved
 * outside the reactor (the invoker projects under {@code src/it}) against the dependency policy
 * and for duplicate classes, and reports its jar count and size. Called by each project's
 * {@code verify.groovy}; a broken rule fails the build with every finding listed. The summary is
 * printed and written to {@code target/consumer-graph.txt} of the consumer project.
 */
public final class ConsumerGraphCheck {

    /** Written by the consumer project's maven-dependency-plugin {@code list} execution. */
    static final String DEPENDENCY_LIST = "target/runtime-dependencies.txt";
    /** What the check writes beside it: the one-line summary of the graph. */
    static final String SUMMARY = "target/consumer-graph.txt";

    private ConsumerGraphCheck() {
    }

    /**
     * Checks the consumer project in {@code basedir}.
     *
     * @param basedir        the consumer project's folder (the invoker's {@code basedir})
     * @param label          what the project stands for, e.g. "Spring Boot app with clave-sp-spring"
     * @param expectedModule the clave-sp artifactId the graph must contain (so an empty graph cannot pass)
     * @throws IllegalStateException listing every finding, when the graph breaks the policy
     */
    public static void verify(File basedir, String label, String expectedModule) throws IOException {
        Path list = basedir.toPath().resolve(DEPENDENCY_LIST);
        if (!Files.isRegularFile(list)) {
            throw new IllegalStateException(label + ": " + list + " was not written; did the consumer build run?");
        }
        List<ResolvedJar> graph = ResolvedJar.parseAll(Files.readAllLines(list, StandardCharsets.UTF_8));
        Result result = check(graph, DependencyPolicy.load(), label, expectedModule);
        Files.writeString(basedir.toPath().resolve(SUMMARY), result.summary() + System.lineSeparator(), StandardCharsets.UTF_8);
        System.out.println("[consumer-check] " + result.summary());
        if (!result.findings().isEmpty()) {
            throw new IllegalStateException(label + " breaks SEC-D (dependency policy: build-checks/README.md):\n  - "
                    + String.join("\n  - ", result.findings()));
        }
    }

    /** The findings and the summary of one graph. */
    record Result(String summary, List<String> findings) {
    }

    static Result check(List<ResolvedJar> graph, DependencyPolicy policy, String label, String expectedModule) {
        List<String> findings = new ArrayList<>();
        if (graph.stream().noneMatch(j -> j.groupId().equals("es.clave.sp") && j.artifactId().equals(expectedModule))) {
            findings.add("es.clave.sp:" + expectedModule + " is not in the resolved graph " + graph);
        }
        findings.addAll(policy.violations(graph));
        findings.addAll(DuplicateClasses.find(graph));
        long bytes = graph.stream().mapToLong(ConsumerGraphCheck::size).sum();
        String summary = String.format(Locale.ROOT, "%s: %d jars, %.1f MiB (%d bytes) at runtime",
                label, graph.size(), bytes / (1024.0 * 1024.0), bytes);
        return new Result(summary, findings);
    }

    private static long size(ResolvedJar jar) {
        try {
            return Files.size(jar.file());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + jar.file(), e);
        }
    }
}
