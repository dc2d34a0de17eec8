package es.clave.sp.buildchecks;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsumerGraphCheckTest {

    @TempDir
    Path dir;

    private Path jarWith(String name, String... entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(entry.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static String listLine(String coordinates, Path jar) {
        return "   " + coordinates + ":compile:" + jar + " -- module x";
    }

    private void writeList(String... lines) throws IOException {
        Files.createDirectories(dir.resolve("target"));
        Files.write(dir.resolve(ConsumerGraphCheck.DEPENDENCY_LIST),
                List.of("", "The following files have been resolved:", String.join("\n", lines)));
    }

    @Test
    @DisplayName("SEC-D: a clean graph passes and its jar count and size are reported and written")
    void cleanGraph() throws IOException {
        Path core = jarWith("clave-sp-core-0.2.0.jar", "es/clave/sp/ClaveServiceProvider.class", "module-info.class");
        Path slf4j = jarWith("slf4j-api-2.0.20.jar", "org/slf4j/Logger.class", "META-INF/versions/9/module-info.class");
        writeList(listLine("es.clave.sp:clave-sp-core:jar:0.2.0", core), listLine("org.slf4j:slf4j-api:jar:2.0.20", slf4j));

        ConsumerGraphCheck.verify(dir.toFile(), "plain app", "clave-sp-core");

        String summary = Files.readString(dir.resolve(ConsumerGraphCheck.SUMMARY)).strip();
        long bytes = Files.size(core) + Files.size(slf4j);
        assertTrue(summary.startsWith("plain app: 2 jars, "), summary);
        assertTrue(summary.contains("(" + bytes + " bytes)"), summary);
    }

    @Test
    @DisplayName("SEC-D: the same class in two jars (commons-logging next to jcl-over-slf4j) fails the check")
    void duplicateClassesFail() throws IOException {
        Path core = jarWith("clave-sp-core-0.2.0.jar", "es/clave/sp/ClaveServiceProvider.class");
        Path jcl = jarWith("commons-logging-1.3.5.jar", "org/apache/commons/logging/Log.class");
        Path bridge = jarWith("other-bridge-1.0.jar", "org/apache/commons/logging/Log.class");
        writeList(listLine("es.clave.sp:clave-sp-core:jar:0.2.0", core),
                listLine("commons-logging:commons-logging:jar:1.3.5", jcl),
                listLine("org.example:other-bridge:jar:1.0", bridge));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ConsumerGraphCheck.verify(dir.toFile(), "app", "clave-sp-core"));
        assertTrue(e.getMessage().contains("1 duplicate class(es)"), e.getMessage());
        assertTrue(e.getMessage().contains("org.apache.commons.logging.Log"), e.getMessage());
    }

    @Test
    @DisplayName("SEC-D: a jdk15on BouncyCastle in the graph fails the check, naming it")
    void bannedArtifactFails() throws IOException {
        Path core = jarWith("clave-sp-core-0.2.0.jar", "es/clave/sp/ClaveServiceProvider.class");
        Path bc = jarWith("bcprov-jdk15on-1.64.jar", "org/bouncycastle/Old.class");
        writeList(listLine("es.clave.sp:clave-sp-core:jar:0.2.0", core), listLine("org.bouncycastle:bcprov-jdk15on:jar:1.64", bc));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ConsumerGraphCheck.verify(dir.toFile(), "app", "clave-sp-core"));
        assertTrue(e.getMessage().contains("org.bouncycastle:bcprov-jdk15on:1.64 is banned"), e.getMessage());
    }

    @Test
    @DisplayName("SEC-D: a graph without the module under test fails, so an empty resolution cannot pass")
    void missingModuleFails() throws IOException {
        Path slf4j = jarWith("slf4j-api-2.0.20.jar", "org/slf4j/Logger.class");
        writeList(listLine("org.slf4j:slf4j-api:jar:2.0.20", slf4j));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ConsumerGraphCheck.verify(dir.toFile(), "app", "clave-sp-spring"));
        assertTrue(e.getMessage().contains("es.clave.sp:clave-sp-spring is not in the resolved graph"), e.getMessage());
    }

    @Test
    @DisplayName("SEC-D: a consumer build that wrote no dependency list fails the check")
    void missingListFails() {
        assertThrows(IllegalStateException.class, () -> ConsumerGraphCheck.verify(dir.toFile(), "app", "clave-sp-core"));
    }

    @Test
    @DisplayName("SEC-D: classified jars and runtime-scope lines of the dependency list are read")
    void parsesClassifiersAndRuntimeScope() {
        List<ResolvedJar> jars = ResolvedJar.parseAll(List.of(
                "   org.example:a:jar:linux-x86_64:1.2.3:runtime:/r/a-1.2.3-linux-x86_64.jar -- module a",
                "   org.example:b:pom:1.0:compile",
                "   org.example:c:jar:2.0:test:/r/c-2.0.jar"));
        assertEquals(1, jars.size());
        assertEquals("org.example:a:1.2.3", jars.get(0).coordinates());
    }
}
