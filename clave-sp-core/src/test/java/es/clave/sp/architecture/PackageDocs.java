package es.clave.sp.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What is wrong with the package documentation of a module's {@code src/main/java}: a package
 * (a folder holding Java sources) without {@code package-info.java}, or one whose Javadoc is
 * missing, too thin to say anything, or declares another package, and a stub package whose
 * Javadoc does not say that the stub is written independently of core.
 */
final class PackageDocs {

    /** The module written independently of core on purpose; its package docs must say so. */
    static final String STUB_MODULE = "clave-idp-stub/";
    /** The words a stub package's Javadoc uses to say it. */
    static final String STUB_INDEPENDENCE = "independently of clave-sp-core";

    /** Fewer characters of Javadoc text than this cannot say what a package is for and what is public. */
    static final int MIN_JAVADOC_CHARS = 120;

    private static final Pattern JAVADOC = Pattern.compile("(?s)/\\*\\*(.*?)\\*/");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");

    private PackageDocs() {
    }

    /** @return one line per problem, naming the package folder relative to the repository root */
    static List<String> problems(RepositoryTree tree) {
        List<String> problems = new ArrayList<>();
        for (Path sourceRoot : tree.javaSourceRoots("main")) {
            for (Path dir : packageDirs(sourceRoot)) {
                String expected = sourceRoot.relativize(dir).toString().replace('\\', '.').replace('/', '.');
                Path info = dir.resolve("package-info.java");
                if (!Files.isRegularFile(info)) {
                    problems.add(tree.display(dir) + ": no package-info.java");
                    continue;
                }
                String source = RepositoryTree.read(info);
                Matcher pkg = PACKAGE.matcher(source);
                boolean declared = pkg.find();
                if (!declared || !pkg.group(1).equals(expected)) {
                    problems.add(tree.display(info) + ": does not declare package " + expected);
                }
                int chars = javadocChars(declared ? source.substring(0, pkg.start()) : source);
                if (tree.display(info).startsWith(STUB_MODULE) && !source.contains(STUB_INDEPENDENCE)) {
                    problems.add(tree.display(info) + ": a stub package must say it is written " + STUB_INDEPENDENCE
                            + " on purpose, and why its helper copies are deliberate");
                }
                if (chars < MIN_JAVADOC_CHARS) {
                    problems.add(tree.display(info) + ": the package Javadoc has " + chars + " characters; say what the"
                            + " package is for, what is public API and what is internal (at least " + MIN_JAVADOC_CHARS + ")");
                }
            }
        }
        return problems;
    }

    /** @return the length of the text of the Javadoc comment in {@code header}, 0 when there is none */
    private static int javadocChars(String header) {
        Matcher doc = JAVADOC.matcher(header);
        String text = "";
        while (doc.find()) {
            text = doc.group(1);
        }
        return text.replaceAll("(?m)^\\s*\\*", " ").replaceAll("\\s+", " ").strip().length();
    }

    /** @return every folder under {@code sourceRoot} holding a Java source other than package-info */
    private static List<Path> packageDirs(Path sourceRoot) {
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("package-info.java"))
                    .map(Path::getParent)
                    .distinct()
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + sourceRoot, e);
        }
    }
}
