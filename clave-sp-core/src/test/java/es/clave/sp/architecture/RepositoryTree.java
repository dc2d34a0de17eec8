package es.clave.sp.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The files of the repository as a clean clone has them: everything but version-control data,
 * build output (the {@code target} and {@code target-*} folders of {@code .gitignore}) and IDE
 * folders. Used by the tests that keep the docs, the rule ids and the package docs true; they run
 * from any module's directory without git or anything else installed.
 */
final class RepositoryTree {

    /** Hidden folders that belong to the project; every other hidden folder is a tool's. */
    private static final Set<String> PROJECT_HIDDEN_DIRS = Set.of(".ci", ".github", ".mvn");
    /** Files a build writes next to the sources. */
    private static final Set<String> GENERATED_FILES = Set.of("dependency-reduced-pom.xml");
    /** Larger files are data, not prose or code. */
    private static final long MAX_TEXT_BYTES = 2L * 1024 * 1024;

    private final Path root;

    RepositoryTree(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** @return the repository of the module the tests run in, found by walking up to the parent pom */
    static RepositoryTree locate() {
        return new RepositoryTree(findRoot(Path.of("").toAbsolutePath())
                .orElseThrow(() -> new IllegalStateException("no clave-sp-parent pom.xml above " + Path.of("").toAbsolutePath())));
    }

    /** @return the nearest folder at or above {@code start} whose pom.xml is the multi-module parent */
    static Optional<Path> findRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom)) {
                String text = read(pom);
                if (text.contains("<artifactId>clave-sp-parent</artifactId>") && text.contains("<modules>")) {
                    return Optional.of(dir);
                }
            }
        }
        return Optional.empty();
    }

    Path root() {
        return root;
    }

    /** @return {@code file} relative to the root, with forward slashes, for messages */
    String display(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** @return every text file of the repository (binary files, build output and VCS data left out) */
    List<Path> textFiles() {
        return walk(root, RepositoryTree::isText);
    }

    /** @return every Markdown file of the repository */
    List<Path> markdownFiles() {
        return walk(root, file -> file.getFileName().toString().endsWith(".md"));
    }

    /** @return every Markdown file under {@code docs/}, where rule ids are defined */
    List<Path> docsFiles() {
        Path docs = root.resolve("docs");
        return Files.isDirectory(docs) ? walk(docs, file -> file.getFileName().toString().endsWith(".md")) : List.of();
    }

    /** @return the {@code src/<set>/java} folder of every module that has one, e.g. {@code set = "main"} */
    List<Path> javaSourceRoots(String set) {
        List<Path> roots = new ArrayList<>();
        for (Path pom : walk(root, file -> file.getFileName().toString().equals("pom.xml"))) {
            Path sources = pom.getParent().resolve("src").resolve(set).resolve("java");
            if (Files.isDirectory(sources)) {
                roots.add(sources);
            }
        }
        return roots;
    }

    /** @return whether {@code dir} is build output, version control or a tool's folder */
    static boolean isExcludedDir(Path dir) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return name.equals("target") || name.startsWith("target-") || name.equals("node_modules")
                || name.startsWith(".") && !PROJECT_HIDDEN_DIRS.contains(name);
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static boolean isText(Path file) {
        try {
            if (GENERATED_FILES.contains(file.getFileName().toString()) || Files.size(file) > MAX_TEXT_BYTES) {
                return false;
            }
            byte[] head;
            try (var in = Files.newInputStream(file)) {
                head = in.readNBytes(8192);
            }
            for (byte b : head) {
                if (b == 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private List<Path> walk(Path start, java.util.function.Predicate<Path> wanted) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(start) && isExcludedDir(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && wanted.test(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + start, e);
        }
        found.sort(null);
        return found;
    }
}
