package es.clave.sp.architecture;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The repository carries its own contract: every rule id cited in code, tests, resources, poms or
 * READMEs is defined in {@code docs/}, no Markdown link leaves the repository or points at nothing,
 * every test the docs name as proof exists, and every package has its {@code package-info.java}.
 * Runs on the files of the whole repository, from a clean clone, with nothing installed.
 */
class DocsContractTest {

    private static final RepositoryTree TREE = RepositoryTree.locate();

    @Test
    @DisplayName("docs: every rule id cited anywhere in the repository is defined by a heading in docs/")
    void everyCitedRuleIdIsDefinedInDocs() {
        Map<String, List<RuleIds.Place>> cited = RuleIds.citations(TREE.textFiles());
        Map<String, List<RuleIds.Place>> defined = RuleIds.definitions(TREE.docsFiles());
        assertFalse(cited.isEmpty(), "no rule id found anywhere under " + TREE.root() + ": wrong root?");
        assertFalse(defined.isEmpty(), "no rule id defined under " + TREE.root().resolve("docs"));

        List<String> undefined = new ArrayList<>();
        cited.forEach((id, places) -> {
            if (!defined.containsKey(id)) {
                undefined.add(id + " cited at " + places(places));
            }
        });
        if (!undefined.isEmpty()) {
            fail("rule ids cited but not defined in docs/ (define each as a heading starting with the id,"
                    + " e.g. '### RSP-7 Conditions', in docs/protocol.md or docs/security.md, or fix the citation):\n  "
                    + String.join("\n  ", undefined));
        }
    }

    @Test
    @DisplayName("docs: every rule id is defined once, so there is one place that says what it means")
    void everyRuleIdIsDefinedOnce() {
        List<String> duplicates = new ArrayList<>();
        RuleIds.definitions(TREE.docsFiles()).forEach((id, places) -> {
            if (places.size() > 1) {
                duplicates.add(id + " defined at " + places(places));
            }
        });
        assertTrue(duplicates.isEmpty(), "rule ids defined more than once:\n  " + String.join("\n  ", duplicates));
    }

    @Test
    @DisplayName("docs: no link in a README or doc leaves the repository or points at a file that does not exist")
    void noMarkdownLinkLeavesTheRepositoryOrPointsAtNothing() {
        List<Path> markdown = TREE.markdownFiles();
        assertFalse(markdown.isEmpty(), "no Markdown file under " + TREE.root());
        List<String> bad = new ArrayList<>();
        for (Path file : markdown) {
            for (MarkdownLinks.Problem p : MarkdownLinks.check(TREE, file)) {
                bad.add(TREE.display(p.file()) + ":" + p.line() + " (" + p.target() + ") " + p.reason());
            }
        }
        assertTrue(bad.isEmpty(), "bad links:\n  " + String.join("\n  ", bad));
    }

    @Test
    @DisplayName("docs: no README or doc names the team's notes outside the repository, not even as code")
    void noMarkdownNamesTheTeamNotes() {
        List<String> bad = new ArrayList<>();
        for (Path file : TREE.markdownFiles()) {
            MarkdownLinks.teamNotesMentions(file).forEach(line -> bad.add(TREE.display(file) + ":" + line));
        }
        assertTrue(bad.isEmpty(), "cite docs/ instead of the team's notes:\n  " + String.join("\n  ", bad));
    }

    @Test
    @DisplayName("docs: every test that docs/ names as proof of a rule exists in a module's test sources")
    void everyTestNamedInDocsExists() {
        List<String> missing = TestReferences.missing(TREE, TREE.docsFiles()).stream()
                .map(m -> TREE.display(m.file()) + ":" + m.line() + " " + m.reference())
                .toList();
        assertTrue(missing.isEmpty(), "tests named in docs/ that no module declares (renamed or removed?):\n  "
                + String.join("\n  ", missing));
    }

    @Test
    @DisplayName("docs: every package under src/main/java of every module has a package-info.java with real Javadoc; the stub's say they are independent of core")
    void everyPackageHasPackageInfo() {
        assertFalse(TREE.javaSourceRoots("main").isEmpty(), "no src/main/java under " + TREE.root());
        List<String> problems = PackageDocs.problems(TREE);
        assertTrue(problems.isEmpty(), "package documentation missing or too thin:\n  " + String.join("\n  ", problems));
    }

    private static String places(List<RuleIds.Place> places) {
        return places.stream().map(p -> TREE.display(p.file()) + ":" + p.line()).collect(Collectors.joining(", "));
    }
}
