package es.clave.sp.buildchecks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code mvn -Prelease verify}, last step: checks the release that the published modules staged
 * (see {@link BundleCheck}) and zips it as the Central Portal takes it: the Maven repository
 * layout with checksums and signatures, without repository metadata. Fails the build, listing
 * every problem, when the release is incomplete.
 */
public final class ReleaseBundle {

    /** Fixed entry times: the same staged files give the same bundle. */
    private static final FileTime ENTRY_TIME = FileTime.fromMillis(0);

    private ReleaseBundle() {
    }

    /**
     * @param args staging folder, bundle zip to write, groupId, version, {@code true} when a signing key
     *             was configured, then one {@code artifactId=Automatic-Module-Name} (or
     *             {@code artifactId=pom}) per published module
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 6) {
            throw new IllegalArgumentException(
                    "usage: ReleaseBundle <staging> <bundle zip> <groupId> <version> <signed> <artifactId=module-name|pom>...");
        }
        Path staging = Path.of(args[0]).normalize();
        Path zip = Path.of(args[1]).normalize();
        String groupId = args[2];
        String version = args[3];
        boolean signed = Boolean.parseBoolean(args[4]);
        List<PublishedModule> modules = new ArrayList<>();
        for (int i = 5; i < args.length; i++) {
            modules.add(PublishedModule.parse(args[i]));
        }

        if (!signed) {
            System.out.println("[release] no GPG key configured (set MAVEN_GPG_KEY, or -Dgpg.keyname with a local gpg):"
                    + " the bundle is NOT signed, and Central refuses unsigned bundles");
        }
        List<String> problems = new BundleCheck(staging, groupId, version, signed).problems(modules);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the release bundle is incomplete:\n  - " + String.join("\n  - ", problems));
        }
        int entries = zip(staging, zip);
        System.out.println("[release] " + zip + ": " + entries + " files for " + modules.size() + " modules, "
                + (signed ? "signed" : "unsigned") + "; checked: POM metadata, jars, sources, javadoc, SBOM, checksums"
                + (signed ? ", signatures" : ""));
    }

    /** Zips every staged file except repository metadata, paths relative to the staging root. */
    static int zip(Path staging, Path zip) throws IOException {
        Files.createDirectories(zip.getParent());
        List<Path> files = BundleCheck.stagedFiles(staging);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (Path file : files) {
                ZipEntry entry = new ZipEntry(staging.relativize(file).toString().replace('\\', '/'));
                entry.setLastModifiedTime(ENTRY_TIME);
                zipOut.putNextEntry(entry);
                Files.copy(file, zipOut);
                zipOut.closeEntry();
            }
        }
        return files.size();
    }
}
