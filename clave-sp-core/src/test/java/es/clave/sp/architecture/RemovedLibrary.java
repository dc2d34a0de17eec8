package es.clave.sp.architecture;

import java.util.List;

/**
 * A library that core carried for OpenSAML and no longer runs with (SEC-D): its Java packages,
 * which production code must not import, and its Maven coordinates, which must not be on
 * core's runtime class path. OpenSAML itself stays available to the tests as an oracle.
 *
 * @param name        what a failure message calls it
 * @param packages    ArchUnit package patterns of its classes
 * @param coordinates {@code groupId} or {@code groupId:artifactId} prefixes of its jars
 */
record RemovedLibrary(String name, List<String> packages, List<String> coordinates) {

    static final List<RemovedLibrary> ALL = List.of(
            new RemovedLibrary("OpenSAML", List.of("org.opensaml.."), List.of("org.opensaml:")),
            new RemovedLibrary("Shibboleth java-support", List.of("net.shibboleth.."), List.of("net.shibboleth")),
            new RemovedLibrary("Guava", List.of("com.google.common.."), List.of("com.google.guava:")),
            new RemovedLibrary("Velocity", List.of("org.apache.velocity.."), List.of("org.apache.velocity")),
            new RemovedLibrary("Apache HttpClient 4", List.of("org.apache.http.."), List.of("org.apache.httpcomponents:")),
            new RemovedLibrary("Cryptacular", List.of("org.cryptacular.."), List.of("org.cryptacular:")),
            new RemovedLibrary("Commons Lang 3", List.of("org.apache.commons.lang3.."), List.of("org.apache.commons:commons-lang3:")),
            new RemovedLibrary("Woodstox and StAX2", List.of("com.ctc.wstx..", "org.codehaus.stax2.."),
                    List.of("com.fasterxml.woodstox:", "org.codehaus.woodstox:")),
            new RemovedLibrary("Commons Codec", List.of("org.apache.commons.codec.."), List.of("commons-codec:")),
            // core logs through SLF4J only; commons-logging 1.3 (an adopter's, e.g. Spring's) reaches SLF4J by itself
            new RemovedLibrary("jcl-over-slf4j / commons-logging API", List.of("org.apache.commons.logging.."),
                    List.of("org.slf4j:jcl-over-slf4j:", "commons-logging:")));

    /** Whether a {@code groupId:artifactId:...} line names one of this library's jars. */
    boolean matches(String coordinate) {
        return coordinates.stream().anyMatch(coordinate::startsWith);
    }
}
