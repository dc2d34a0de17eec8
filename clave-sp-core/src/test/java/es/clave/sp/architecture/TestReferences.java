package es.clave.sp.architecture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tests that docs name as proof ({@code es.clave.sp.response.SignatureWrappingTest#finishLoginWhen…}),
 * checked against the test sources of every module: the class file exists and declares the method.
 */
final class TestReferences {

    /** {@code package.Class#method}; nested classes are not named in docs. */
    static final Pattern REFERENCE = Pattern.compile("\\b(es\\.clave\\.(?:[a-z0-9_]+\\.)*)([A-Z]\\w*)#(\\w+)");

    /** A named test that the sources do not have. */
    record Missing(Path file, int line, String reference) {
    }

    private TestReferences() {
    }

    /** @return every test named in {@code docs} that no module's {@code src/test/java} declares */
    static List<Missing> missing(RepositoryTree tree, List<Path> docs) {
        List<Path> testRoots = tree.javaSourceRoots("test");
        List<Missing> missing = new ArrayList<>();
        for (Path doc : docs) {
            String[] lines = RepositoryTree.read(doc).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = REFERENCE.matcher(lines[i]);
                while (m.find()) {
                    String relative = m.group(1).replace('.', '/') + m.group(2) + ".java";
                    if (!declared(testRoots, relative, m.group(3))) {
                        missing.add(new Missing(doc, i + 1, m.group()));
                    }
                }
            }
        }
        return missing;
    }

    private static boolean declared(List<Path> testRoots, String relativeFile, String method) {
        Pattern declaration = Pattern.compile("\\bvoid\\s+" + Pattern.quote(method) + "\\s*\\(");
        for (Path root : testRoots) {
            Path source = root.resolve(relativeFile);
            if (Files.isRegularFile(source) && declaration.matcher(RepositoryTree.read(source)).find()) {
                return true;
            }
        }
        return false;
    }
}
