package es.clave.sp.architecture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checkers behind {@link DocsContractTest}, on a small repository written for each test: they
 * must find what is wrong, not only pass on the real tree. Ids that must stay undefined are
 * assembled at run time so that this source file does not cite them itself.
 */
class DocsCheckersTest {

    /** An id no doc defines, written so that scanning this file does not find it. */
    private static final String UNDEFINED = "RSP" + "-99";
    private static final String UNDEFINED_FAMILY = "SEC" + "-Q";

    @TempDir
    Path root;
    private RepositoryTree tree;

    @BeforeEach
    void writeRepository() throws IOException {
        write("pom.xml", "<project><artifactId>clave-sp-parent</artifactId><modules><module>m</module></modules></project>");
        write("m/pom.xml", "<project><artifactId>m</artifactId></project>");
        write("docs/rules.md", """
                # Rules
                ### RSP-1 The Response
                ## SEC-W: signature wrapping
                Mentioned only: %s, see RSP-1.
                ```
                ### %s inside a code block
                ```
                """.formatted(UNDEFINED, UNDEFINED));
        tree = new RepositoryTree(root);
    }

    @Test
    @DisplayName("checker: a cited id without a defining heading is reported with its file and line")
    void citationWithoutHeadingIsUndefined() throws IOException {
        write("m/src/main/java/a/A.java", "package a;\n/** RSP-1 and SEC-W. */\nclass A { // " + UNDEFINED + "\n}\n");
        write("m/src/main/resources/a.properties", "x=" + UNDEFINED_FAMILY + "\n");

        Map<String, List<RuleIds.Place>> cited = RuleIds.citations(tree.textFiles());
        Map<String, List<RuleIds.Place>> defined = RuleIds.definitions(tree.docsFiles());

        assertEquals(List.of("RSP-1", "SEC-W"), List.copyOf(defined.keySet()));
        assertTrue(cited.keySet().containsAll(List.of("RSP-1", "SEC-W", UNDEFINED, UNDEFINED_FAMILY)), cited.toString());
        List<String> undefinedPlaces = cited.get(UNDEFINED).stream().map(p -> tree.display(p.file()) + ":" + p.line()).toList();
        assertEquals(List.of("docs/rules.md:4", "docs/rules.md:6", "m/src/main/java/a/A.java:3"), undefinedPlaces);
        assertEquals("m/src/main/resources/a.properties", tree.display(cited.get(UNDEFINED_FAMILY).get(0).file()));
    }

    @Test
    @DisplayName("checker: build output, version control and binary files are not scanned")
    void buildOutputIsNotScanned() throws IOException {
        write("m/target/classes/a.properties", UNDEFINED);
        write("m/target-j25/a.txt", UNDEFINED);
        write(".git/COMMIT_EDITMSG", UNDEFINED);
        Files.write(root.resolve("m/key.p12"), new byte[]{0x30, 0, 'R', 'S', 'P', '-', '9', '9'});
        write(".ci/run", "echo " + UNDEFINED_FAMILY);

        Map<String, List<RuleIds.Place>> cited = RuleIds.citations(tree.textFiles());

        assertEquals(List.of("docs/rules.md:4", "docs/rules.md:6"),
                cited.get(UNDEFINED).stream().map(p -> tree.display(p.file()) + ":" + p.line()).toList());
        assertEquals(".ci/run", tree.display(cited.get(UNDEFINED_FAMILY).get(0).file()));
    }

    @Test
    @DisplayName("checker: links that leave the repository (web sites included; the local app and stub are fine), point at the team's notes or at nothing are reported")
    void badLinksAreReported() throws IOException {
        write("docs/other.md", "ok");
        Path readme = write("m/README.md", """
                [fine](../docs/other.md) [root-relative](/docs/rules.md#rsp-1) [local app](http://localhost:8080/x)
                [notes](../../shared/spec/security.md)
                [outside](../../elsewhere.md)
                [missing](docs/none.md)
                ![image](missing.png)
                `[in code](../../x.md)`
                [ref]: ../../README.md
                <a href="file:///etc/passwd">disk</a>
                [web](https://example.org/x) <http://127.0.0.1:9000/> <https://github.com/x/y>
                """);

        List<String> found = MarkdownLinks.check(tree, readme).stream().map(p -> p.line() + " " + p.target()).toList();

        assertEquals(List.of("2 ../../shared/spec/security.md", "3 ../../elsewhere.md", "4 docs/none.md",
                "5 missing.png", "7 ../../README.md", "8 file:///etc/passwd",
                "9 https://example.org/x", "9 https://github.com/x/y"), found);
    }

    @Test
    @DisplayName("checker: the team's notes are reported wherever a Markdown file names them, code spans included")
    void teamNotesMentionedInCodeAreReported() throws IOException {
        Path readme = write("m/README.md", """
                as the protocol (`shared/spec/clave2-protocol.md`) says
                see [protocol](../docs/protocol.md)
                ```
                cat ../shared/DESIGN.md
                ```
                """);

        assertEquals(List.of(1, 4), MarkdownLinks.teamNotesMentions(readme));
    }

    @Test
    @DisplayName("checker: a package without package-info.java, with a one-line Javadoc, or a stub package silent about its independence is reported")
    void packageWithoutPackageInfoIsReported() throws IOException {
        write("m/src/main/java/a/A.java", "package a;\nclass A {}\n");
        write("m/src/main/java/b/B.java", "package b;\nclass B {}\n");
        write("m/src/main/java/b/package-info.java", "/** Too short. */\npackage b;\n");
        write("m/src/main/java/c/C.java", "package c;\nclass C {}\n");
        write("m/src/main/java/c/package-info.java", "/**\n * " + "Long enough to say what the package is for. ".repeat(4)
                + "\n */\npackage c;\n");

        write("clave-idp-stub/pom.xml", "<project><artifactId>clave-idp-stub</artifactId></project>");
        write("clave-idp-stub/src/main/java/s/S.java", "package s;\nclass S {}\n");
        write("clave-idp-stub/src/main/java/s/package-info.java", "/**\n * "
                + "Long enough to say what the package is for, but silent about core. ".repeat(3) + "\n */\npackage s;\n");

        List<String> problems = PackageDocs.problems(tree);

        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("clave-idp-stub/src/main/java/s/package-info.java: a stub package must say"),
                problems.get(0));
        problems = problems.subList(1, 3);
        assertTrue(problems.get(0).startsWith("m/src/main/java/a: no package-info.java"), problems.get(0));
        assertTrue(problems.get(1).startsWith("m/src/main/java/b/package-info.java: the package Javadoc has 10 characters"),
                problems.get(1));
    }

    @Test
    @DisplayName("checker: a test named in docs that the test sources do not declare is reported")
    void missingTestReferenceIsReported() throws IOException {
        write("m/src/test/java/es/clave/x/SomeTest.java", "class SomeTest { @Test void provesIt() {} }");
        Path doc = write("docs/proof.md", "es.clave.x.SomeTest#provesIt and es.clave.x.SomeTest#gone\n");

        List<TestReferences.Missing> missing = TestReferences.missing(tree, List.of(doc));

        assertEquals(List.of("es.clave.x.SomeTest#gone"), missing.stream().map(TestReferences.Missing::reference).toList());
    }

    @Test
    @DisplayName("checker: the repository root is found from a module folder below it")
    void rootIsFoundFromBelow() throws IOException {
        Path deep = Files.createDirectories(root.resolve("m/src/test"));
        assertEquals(Optional.of(root), RepositoryTree.findRoot(deep));
    }

    private Path write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }
}
