package es.clave.sp.buildchecks;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Checks a staged release (a Maven repository layout under {@code staging}) against what Maven
 * Central accepts: per module its POM with the required metadata and no SNAPSHOT or unresolved
 * expression, for jar modules the jar (with its {@code Automatic-Module-Name}), sources and
 * javadoc jars, the jar's LICENSE and NOTICE, the CycloneDX SBOM, and for every file matching {@code .md5} and {@code .sha1}
 * checksums and, when the build signed, an {@code .asc} signature.
 */
final class BundleCheck {

    private static final String[] REQUIRED_POM_ELEMENTS = {
            "name", "description", "url", "licenses/license/name", "licenses/license/url",
            "developers/developer/name", "scm/url", "scm/connection"};

    private final Path staging;
    private final String groupId;
    private final String version;
    private final boolean signed;

    BundleCheck(Path staging, String groupId, String version, boolean signed) {
        this.staging = staging;
        this.groupId = groupId;
        this.version = version;
        this.signed = signed;
    }

    /** Every problem of the staged release; empty when Central would accept it. */
    List<String> problems(List<PublishedModule> modules) throws IOException {
        List<String> problems = new ArrayList<>();
        if (version.contains("SNAPSHOT")) {
            problems.add("version " + version + " is a SNAPSHOT: Central takes releases only");
        }
        for (PublishedModule module : modules) {
            problems.addAll(moduleProblems(module));
        }
        problems.addAll(checksumAndSignatureProblems());
        return problems;
    }

    Path moduleDir(PublishedModule module) {
        return staging.resolve(groupId.replace('.', '/')).resolve(module.artifactId()).resolve(version);
    }

    private List<String> moduleProblems(PublishedModule module) throws IOException {
        List<String> problems = new ArrayList<>();
        Path dir = moduleDir(module);
        String base = module.artifactId() + "-" + version;
        List<String> required = new ArrayList<>(List.of(base + ".pom", base + "-cyclonedx.json", base + "-cyclonedx.xml"));
        if (module.hasJar()) {
            required.addAll(List.of(base + ".jar", base + "-sources.jar", base + "-javadoc.jar"));
        }
        for (String file : required) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                problems.add(module.artifactId() + ": " + file + " is missing from " + dir);
            }
        }
        if (Files.isRegularFile(dir.resolve(base + ".pom"))) {
            problems.addAll(pomProblems(module, dir.resolve(base + ".pom")));
        }
        if (module.hasJar() && Files.isRegularFile(dir.resolve(base + ".jar"))) {
            problems.addAll(jarProblems(module, dir, base));
        }
        return problems;
    }

    private List<String> pomProblems(PublishedModule module, Path pom) {
        List<String> problems = new ArrayList<>();
        String where = module.artifactId() + ": " + pom.getFileName();
        try {
            String text = Files.readString(pom, StandardCharsets.UTF_8);
            if (text.contains("SNAPSHOT")) {
                problems.add(where + " mentions a SNAPSHOT");
            }
            if (text.contains("${")) {
                problems.add(where + " has an unresolved ${...} expression");
            }
            Element project = parse(pom).getDocumentElement();
            if (child(project, "parent") != null) {
                problems.add(where + " has a parent: published POMs are flattened");
            }
            if (!version.equals(text(project, "version"))) {
                problems.add(where + " has version " + text(project, "version") + ", expected " + version);
            }
            for (String path : REQUIRED_POM_ELEMENTS) {
                if (text(project, path).isBlank()) {
                    problems.add(where + " lacks <" + path + ">, which Central requires");
                }
            }
            if (!module.hasJar()) {
                problems.addAll(bomProblems(where, project));
            }
        } catch (Exception e) {
            problems.add(where + " cannot be read as XML: " + e.getMessage());
        }
        return problems;
    }

    /** A BOM manages only this project's modules, at this release's version. */
    private List<String> bomProblems(String where, Element project) {
        List<String> problems = new ArrayList<>();
        Element management = child(child(project, "dependencyManagement"), "dependencies");
        List<Element> dependencies = management == null ? List.of() : children(management, "dependency");
        if (dependencies.isEmpty()) {
            problems.add(where + " manages no dependency");
        }
        for (Element dependency : dependencies) {
            String coordinates = text(dependency, "groupId") + ":" + text(dependency, "artifactId") + ":" + text(dependency, "version");
            if (!groupId.equals(text(dependency, "groupId")) || !version.equals(text(dependency, "version"))) {
                problems.add(where + " manages " + coordinates + ": a BOM of " + groupId + " " + version + " holds only its own modules");
            }
        }
        return problems;
    }

    private List<String> jarProblems(PublishedModule module, Path dir, String base) throws IOException {
        List<String> problems = new ArrayList<>();
        try (JarFile jar = new JarFile(dir.resolve(base + ".jar").toFile())) {
            String name = jar.getManifest() == null ? null
                    : jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
            if (!module.automaticModuleName().equals(name)) {
                problems.add(module.artifactId() + ": Automatic-Module-Name is " + name + ", expected " + module.automaticModuleName());
            }
            for (String legal : new String[] {"META-INF/LICENSE", "META-INF/NOTICE"}) {
                if (jar.getEntry(legal) == null) {
                    problems.add(module.artifactId() + ": " + base + ".jar lacks " + legal);
                }
            }
        }
        problems.addAll(mustContain(module, dir.resolve(base + "-sources.jar"), ".java"));
        problems.addAll(mustContain(module, dir.resolve(base + "-javadoc.jar"), "index.html"));
        return problems;
    }

    private static List<String> mustContain(PublishedModule module, Path jar, String suffix) throws IOException {
        if (!Files.isRegularFile(jar)) {
            return List.of();
        }
        try (JarFile file = new JarFile(jar.toFile())) {
            boolean found = file.stream().anyMatch(e -> e.getName().endsWith(suffix));
            return found ? List.of() : List.of(module.artifactId() + ": " + jar.getFileName() + " holds no *" + suffix);
        }
    }

    private List<String> checksumAndSignatureProblems() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : publishedFiles(staging)) {
            for (String algorithm : new String[] {"MD5", "SHA-1"}) {
                Path sum = file.resolveSibling(file.getFileName() + "." + algorithm.replace("-", "").toLowerCase(java.util.Locale.ROOT));
                if (!Files.isRegularFile(sum)) {
                    problems.add(staging.relativize(sum) + " is missing");
                } else if (!Files.readString(sum).strip().split("\\s+")[0].equalsIgnoreCase(digest(file, algorithm))) {
                    problems.add(staging.relativize(sum) + " does not match " + file.getFileName());
                }
            }
            Path signature = file.resolveSibling(file.getFileName() + ".asc");
            if (signed && !Files.isRegularFile(signature)) {
                problems.add(staging.relativize(signature) + " is missing (signing was configured)");
            }
        }
        return problems;
    }

    /** The artifacts themselves: no checksums, signatures or repository metadata. */
    static List<Path> publishedFiles(Path staging) throws IOException {
        return stagedFiles(staging).stream().filter(f -> !isSidecar(f.getFileName().toString())).toList();
    }

    /** What the bundle holds: every staged file except the repository metadata Central does not take. */
    static List<Path> stagedFiles(Path staging) throws IOException {
        if (!Files.isDirectory(staging)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(staging)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("maven-metadata"))
                    .sorted()
                    .toList();
        }
    }

    static boolean isSidecar(String name) {
        return name.endsWith(".md5") || name.endsWith(".sha1") || name.endsWith(".sha256")
                || name.endsWith(".sha512") || name.endsWith(".asc");
    }

    static String digest(Path file, String algorithm) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is a JDK algorithm", e);
        }
    }

    private static Document parse(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    private static String text(Element from, String path) {
        Element current = from;
        for (String step : path.split("/")) {
            current = child(current, step);
        }
        return current == null ? "" : current.getTextContent().strip();
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
