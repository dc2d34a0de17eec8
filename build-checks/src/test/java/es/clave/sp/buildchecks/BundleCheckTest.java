package es.clave.sp.buildchecks;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds a small staged release in a temporary folder and breaks it one way at a time. */
class BundleCheckTest {

    private static final String VERSION = "0.2.0";
    private static final PublishedModule CORE = new PublishedModule("clave-sp-core", "es.clave.sp.core");
    private static final PublishedModule BOM = new PublishedModule("clave-sp-bom", null);

    @TempDir
    Path staging;

    private Path coreDir;

    @BeforeEach
    void stageACompleteRelease() throws IOException {
        coreDir = dir(CORE);
        write(coreDir.resolve("clave-sp-core-0.2.0.pom"), pom("clave-sp-core", VERSION, ""));
        jar(coreDir.resolve("clave-sp-core-0.2.0.jar"), "es.clave.sp.core", "es/clave/sp/X.class", "META-INF/LICENSE", "META-INF/NOTICE");
        jar(coreDir.resolve("clave-sp-core-0.2.0-sources.jar"), null, "es/clave/sp/X.java");
        jar(coreDir.resolve("clave-sp-core-0.2.0-javadoc.jar"), null, "index.html");
        write(coreDir.resolve("clave-sp-core-0.2.0-cyclonedx.json"), "{}");
        write(coreDir.resolve("clave-sp-core-0.2.0-cyclonedx.xml"), "<bom/>");
        Path bomDir = dir(BOM);
        write(bomDir.resolve("clave-sp-bom-0.2.0.pom"), pom("clave-sp-bom", VERSION, """
                <dependencyManagement><dependencies>
                  <dependency><groupId>es.clave.sp</groupId><artifactId>clave-sp-core</artifactId><version>0.2.0</version></dependency>
                </dependencies></dependencyManagement>"""));
        write(bomDir.resolve("clave-sp-bom-0.2.0-cyclonedx.json"), "{}");
        write(bomDir.resolve("clave-sp-bom-0.2.0-cyclonedx.xml"), "<bom/>");
        write(staging.resolve("es/clave/sp/clave-sp-core/maven-metadata.xml"), "<metadata/>");
        for (Path file : BundleCheck.publishedFiles(staging)) {
            checksums(file);
        }
    }

    private List<String> problems(boolean signed) throws IOException {
        return new BundleCheck(staging, "es.clave.sp", VERSION, signed).problems(List.of(BOM, CORE));
    }

    @Test
    @DisplayName("a complete unsigned release passes, and the zip holds it without repository metadata")
    void completeReleasePasses() throws IOException {
        assertEquals(List.of(), problems(false));
        Path zip = staging.resolveSibling(staging.getFileName() + "-bundle.zip");
        int entries = ReleaseBundle.zip(staging, zip);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertEquals(entries, file.size());
            assertTrue(file.getEntry("es/clave/sp/clave-sp-core/0.2.0/clave-sp-core-0.2.0.jar.sha1") != null);
            assertTrue(file.stream().noneMatch(e -> e.getName().contains("maven-metadata")));
        }
    }

    @Test
    @DisplayName("a missing javadoc jar is reported by name")
    void missingJavadoc() throws IOException {
        Files.delete(coreDir.resolve("clave-sp-core-0.2.0-javadoc.jar"));
        List<String> problems = problems(false);
        assertTrue(problems.stream().anyMatch(p -> p.contains("clave-sp-core-0.2.0-javadoc.jar is missing")), problems::toString);
    }

    @Test
    @DisplayName("a POM without licenses or with a parent is reported")
    void incompletePom() throws IOException {
        write(coreDir.resolve("clave-sp-core-0.2.0.pom"), pom("clave-sp-core", VERSION, "<parent><groupId>x</groupId></parent>")
                .replaceAll("(?s)<licenses>.*</licenses>", ""));
        checksums(coreDir.resolve("clave-sp-core-0.2.0.pom"));
        List<String> problems = problems(false);
        assertTrue(problems.stream().anyMatch(p -> p.contains("lacks <licenses/license/name>")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("has a parent")), problems::toString);
    }

    @Test
    @DisplayName("a SNAPSHOT anywhere in a published POM is reported")
    void snapshotInPom() throws IOException {
        write(coreDir.resolve("clave-sp-core-0.2.0.pom"), pom("clave-sp-core", VERSION,
                "<dependencies><dependency><groupId>a</groupId><artifactId>b</artifactId><version>1.0-SNAPSHOT</version></dependency></dependencies>"));
        checksums(coreDir.resolve("clave-sp-core-0.2.0.pom"));
        assertTrue(problems(false).stream().anyMatch(p -> p.contains("mentions a SNAPSHOT")));
    }

    @Test
    @DisplayName("a BOM that manages a foreign artifact is reported")
    void bomWithForeignEntry() throws IOException {
        Path pom = dir(BOM).resolve("clave-sp-bom-0.2.0.pom");
        write(pom, pom("clave-sp-bom", VERSION, """
                <dependencyManagement><dependencies>
                  <dependency><groupId>org.junit</groupId><artifactId>junit-bom</artifactId><version>6.0.3</version></dependency>
                </dependencies></dependencyManagement>"""));
        checksums(pom);
        assertTrue(problems(false).stream().anyMatch(p -> p.contains("manages org.junit:junit-bom:6.0.3")));
    }

    @Test
    @DisplayName("a wrong checksum, a missing Automatic-Module-Name and a jar without LICENSE are reported")
    void badChecksumAndModuleName() throws IOException {
        jar(coreDir.resolve("clave-sp-core-0.2.0.jar"), null, "es/clave/sp/X.class");
        List<String> problems = problems(false);
        assertTrue(problems.stream().anyMatch(p -> p.contains("clave-sp-core-0.2.0.jar.md5 does not match")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("Automatic-Module-Name is null")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("lacks META-INF/LICENSE")), problems::toString);
    }

    @Test
    @DisplayName("when signing was configured, every file needs its .asc")
    void signaturesRequiredWhenSigned() throws IOException {
        List<String> problems = problems(true);
        assertEquals(BundleCheck.publishedFiles(staging).size(), problems.size(), problems::toString);
        assertTrue(problems.stream().allMatch(p -> p.endsWith(".asc is missing (signing was configured)")));
    }

    private Path dir(PublishedModule module) throws IOException {
        return Files.createDirectories(staging.resolve("es/clave/sp").resolve(module.artifactId()).resolve(VERSION));
    }

    private static String pom(String artifactId, String version, String extra) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <groupId>es.clave.sp</groupId><artifactId>%s</artifactId><version>%s</version>
                  <name>n</name><description>d</description><url>https://example.org</url>
                  <licenses><license><name>Apache-2.0</name><url>https://www.apache.org/licenses/LICENSE-2.0.txt</url></license></licenses>
                  <developers><developer><name>m</name></developer></developers>
                  <scm><connection>scm:git:https://example.org/x.git</connection><url>https://example.org</url></scm>
                  %s
                </project>""".formatted(artifactId, version, extra);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void jar(Path file, String automaticModuleName, String... entries) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (automaticModuleName != null) {
            manifest.getMainAttributes().putValue("Automatic-Module-Name", automaticModuleName);
        }
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (String entry : entries) {
                jar.putNextEntry(new JarEntry(entry));
                jar.closeEntry();
            }
        }
    }

    private static void checksums(Path file) throws IOException {
        Files.writeString(file.resolveSibling(file.getFileName() + ".md5"), BundleCheck.digest(file, "MD5"));
        Files.writeString(file.resolveSibling(file.getFileName() + ".sha1"), BundleCheck.digest(file, "SHA-1"));
    }
}
