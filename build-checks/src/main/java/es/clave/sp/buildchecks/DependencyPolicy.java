package es.clave.sp.buildchecks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * SEC-D as data: the rules of {@code dependency-policy.txt} (one per line, {@code #} starts a
 * comment). The build fills in the floors from the root pom's properties, so the check follows
 * the versions the project publishes.
 */
final class DependencyPolicy {

    static final String RESOURCE = "/dependency-policy.txt";

    private final List<PolicyRule> rules;

    DependencyPolicy(List<PolicyRule> rules) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a dependency policy without rules checks nothing");
        }
        this.rules = List.copyOf(rules);
    }

    /** The policy this module ships. */
    static DependencyPolicy load() {
        try (InputStream in = DependencyPolicy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DependencyPolicy parse(List<String> lines) {
        List<PolicyRule> rules = new ArrayList<>();
        for (String line : lines) {
            String content = line.strip();
            if (!content.isEmpty() && !content.startsWith("#")) {
                rules.add(PolicyRule.parse(content));
            }
        }
        return new DependencyPolicy(rules);
    }

    List<PolicyRule> rules() {
        return rules;
    }

    /** Every rule every jar breaks, in graph order. */
    List<String> violations(List<ResolvedJar> graph) {
        List<String> violations = new ArrayList<>();
        for (ResolvedJar jar : graph) {
            for (PolicyRule rule : rules) {
                rule.violation(jar).ifPresent(violations::add);
            }
        }
        return violations;
    }

}
