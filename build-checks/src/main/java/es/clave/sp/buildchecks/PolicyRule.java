package es.clave.sp.buildchecks;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One line of {@code dependency-policy.txt}: which artifacts it names ({@code groupId:artifactId},
 * {@code *} matching any run of characters) and what it forbids.
 *
 * @param kind    {@link Kind#BANNED} (any version), {@link Kind#LINE} (versions below {@code version}
 *                are on a line its project no longer supports), {@link Kind#FLOOR} (below the version
 *                clave-sp publishes and is tested with) or {@link Kind#REMOVED} (a library clave-sp no
 *                longer runs with: if it is back, it came from us)
 * @param pattern the {@code groupId:artifactId} pattern as written
 * @param version the version the rule compares with, or null for {@code BANNED} and {@code REMOVED}
 * @param reason  why, as the failure message shows it
 */
record PolicyRule(Kind kind, String pattern, Version version, String reason) {

    enum Kind { BANNED, LINE, FLOOR, REMOVED }

    PolicyRule {
        if ((kind == Kind.LINE || kind == Kind.FLOOR) != (version != null)) {
            throw new IllegalArgumentException(kind + " " + pattern + ": a version is required exactly for line and floor rules");
        }
    }

    /** Parses {@code kind pattern version-or-dash reason...}. */
    static PolicyRule parse(String line) {
        String[] parts = line.trim().split("\\s+", 4);
        if (parts.length < 4) {
            throw new IllegalArgumentException("policy line needs: kind pattern version-or-'-' reason: '" + line + "'");
        }
        Kind kind = Kind.valueOf(parts[0].toUpperCase(Locale.ROOT));
        Version version = "-".equals(parts[2]) ? null : Version.parse(parts[2]);
        return new PolicyRule(kind, parts[1], version, parts[3]);
    }

    /** The reason this jar breaks the rule, if it does. */
    Optional<String> violation(ResolvedJar jar) {
        if (!matches(jar)) {
            return Optional.empty();
        }
        return switch (kind) {
            case BANNED -> Optional.of(jar + " is banned: " + reason);
            case REMOVED -> Optional.of(jar + " is a library clave-sp no longer runs with: " + reason);
            case LINE -> jar.version().isBelow(version)
                    ? Optional.of(jar + " is on an unsupported line (below " + version + "): " + reason)
                    : Optional.empty();
            case FLOOR -> jar.version().isBelow(version)
                    ? Optional.of(jar + " is below the floor clave-sp publishes (" + version + "): " + reason)
                    : Optional.empty();
        };
    }

    private boolean matches(ResolvedJar jar) {
        String[] ga = pattern.split(":", 2);
        return glob(ga[0]).matcher(jar.groupId()).matches()
                && (ga.length == 1 || glob(ga[1]).matcher(jar.artifactId()).matches());
    }

    private static Pattern glob(String glob) {
        return Pattern.compile(Arrays.stream(glob.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*")));
    }
}
