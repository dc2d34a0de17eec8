package es.clave.sp.servlet.javaxbuild;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the build made: javax artifacts with no Jakarta servlet reference left, and a POM that asks for javax. */
class JavaxArtifactIT {

    // built at run time, so that no constant in this class could be rewritten by a transformer
    private static final byte[] JAKARTA_SLASH = String.join("/", "jakarta", "servlet").getBytes(StandardCharsets.UTF_8);
    private static final byte[] JAKARTA_DOT = String.join(".", "jakarta", "servlet").getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "-sources", "-javadoc"})
    @DisplayName("the jar, sources and javadoc hold no jakarta.servlet reference in any entry, class files included")
    void artifactWhenScannedThenNoJakartaServlet(String classifier) throws IOException {
        Path jar = artifact(classifier);
        List<String> offenders = new ArrayList<>();
        int scanned = 0;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] bytes = read(zip, entry);
                scanned++;
                if (contains(bytes, JAKARTA_SLASH) || contains(bytes, JAKARTA_DOT)) {
                    offenders.add(entry.getName());
                }
            }
        }
        assertTrue(scanned > 20, jar + " holds only " + scanned + " files");
        assertEquals(List.of(), offenders, "entries of " + jar.getFileName() + " that still name jakarta.servlet");
    }

    @Test
    @DisplayName("the filter's class file implements javax.servlet.Filter, and the web fragment is the Java EE one")
    void jarWhenReadThenJavaxTypesAndDescriptors() throws IOException {
        try (ZipFile zip = new ZipFile(artifact("").toFile())) {
            byte[] filter = read(zip, zip.getEntry("es/clave/sp/servlet/ClaveFilter.class"));
            assertTrue(contains(filter, "javax/servlet/Filter".getBytes(StandardCharsets.UTF_8)));
            String fragment = new String(read(zip, zip.getEntry("META-INF/web-fragment.xml")), StandardCharsets.UTF_8);
            assertTrue(fragment.contains("http://xmlns.jcp.org/xml/ns/javaee"), fragment);
            assertTrue(fragment.contains("es.clave.sp.servlet.ClaveWebFragment"), fragment);
        }
    }

    @Test
    @DisplayName("SEC-D the published POM needs javax.servlet-api 4.0 provided, and neither Jakarta nor the Jakarta module")
    void pomWhenPublishedThenJavaxServletProvided() throws IOException {
        String pom = Files.readString(Path.of(System.getProperty("clave.javax.pom")));
        String dependencies = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));

        assertTrue(dependencies.replaceAll("\\s", "").contains("<groupId>javax.servlet</groupId><artifactId>javax.servlet-api</artifactId>"
                + "<version>4.0.1</version><scope>provided</scope>"), dependencies);
        assertTrue(!dependencies.contains("jakarta") && !dependencies.contains("<artifactId>clave-sp-servlet</artifactId>")
                && !dependencies.contains("<scope>test</scope>"), dependencies);
    }

    private static Path artifact(String classifier) {
        Path jar = Path.of(System.getProperty("clave.javax.jar.base") + classifier + ".jar");
        assertTrue(Files.isRegularFile(jar), jar + " was not built");
        return jar;
    }

    private static byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
