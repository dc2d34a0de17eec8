package es.clave.sp.architecture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule ids as the project writes them, and where they are cited and defined.
 * <p>
 * The shapes: protocol rules {@code REQ-n}, {@code RSP-n}, {@code LGO-n}, {@code BND-n}; security
 * rules {@code SEC-} plus a family letter and a number ({@code SEC-W10}), or the family alone
 * ({@code SEC-W}, and {@code SEC-D}, which has no numbered members). A rule is <em>defined</em> by a
 * Markdown heading under {@code docs/} whose text starts with the id ({@code ### RSP-7 Conditions});
 * every other occurrence anywhere is a <em>citation</em>.
 */
final class RuleIds {

    /** A rule id anywhere in a text. */
    static final Pattern ID = Pattern.compile("\\b(?:(?:REQ|RSP|LGO|BND)-\\d+|SEC-[A-Z]\\d*)\\b");
    /** A Markdown heading that defines the id it starts with. */
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}#{1,6}[ \\t]+(" + ID.pattern() + ")(?![\\w-])");

    /** One place an id occurs: file and 1-based line. */
    record Place(Path file, int line) {
    }

    private RuleIds() {
    }

    /** @return id to every place it occurs in {@code files}, ids sorted */
    static Map<String, List<Place>> citations(List<Path> files) {
        Map<String, List<Place>> found = new TreeMap<>();
        for (Path file : files) {
            String[] lines = RepositoryTree.read(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = ID.matcher(lines[i]);
                while (m.find()) {
                    found.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(new Place(file, i + 1));
                }
            }
        }
        return found;
    }

    /** @return id to every heading that defines it in {@code docs} (more than one place is a duplicate) */
    static Map<String, List<Place>> definitions(List<Path> docs) {
        Map<String, List<Place>> found = new TreeMap<>();
        for (Path file : docs) {
            String[] lines = RepositoryTree.read(file).split("\n", -1);
            boolean inFence = false;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].stripLeading().startsWith("```")) {
                    inFence = !inFence;
                    continue;
                }
                Matcher m = DEFINITION.matcher(lines[i]);
                if (!inFence && m.find()) {
                    found.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(new Place(file, i + 1));
                }
            }
        }
        return found;
    }
}
