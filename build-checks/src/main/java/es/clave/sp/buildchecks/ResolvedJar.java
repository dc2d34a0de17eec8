package es.clave.sp.buildchecks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One jar of a resolved runtime graph, read from the file that maven-dependency-plugin's
 * {@code list} goal writes with {@code outputAbsoluteArtifactFilename=true}: lines such as
 * {@code org.slf4j:slf4j-api:jar:2.0.20:compile:/repo/.../slf4j-api-2.0.20.jar -- module org.slf4j}.
 *
 * @param groupId    the Maven groupId
 * @param artifactId the Maven artifactId
 * @param version    the resolved version
 * @param file       the jar in the local repository
 */
record ResolvedJar(String groupId, String artifactId, Version version, Path file) {

    /** {@code g:a:type[:classifier]:version:scope:path}, and an optional {@code -- module ...} suffix. */
    private static final Pattern LINE = Pattern.compile(
            "^\\s*([^:\\s]+):([^:\\s]+):jar(?::([^:\\s]+))?:([^:\\s]+):(compile|runtime):(/[^ ]+?\\.jar)(?:\\s.*)?$");

    static Optional<ResolvedJar> parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ResolvedJar(m.group(1), m.group(2), Version.parse(m.group(4)), Path.of(m.group(6))));
    }

    static List<ResolvedJar> parseAll(List<String> lines) {
        List<ResolvedJar> jars = new ArrayList<>();
        for (String line : lines) {
            parse(line).ifPresent(jars::add);
        }
        return jars;
    }

    String coordinates() {
        return groupId + ":" + artifactId + ":" + version;
    }

    @Override
    public String toString() {
        return coordinates();
    }
}
