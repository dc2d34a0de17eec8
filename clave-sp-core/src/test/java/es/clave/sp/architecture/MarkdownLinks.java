package es.clave.sp.architecture;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of Markdown files and what is wrong with them. A link is an inline link or image
 * ({@code [text](target)}), a reference definition ({@code [name]: target}) or an HTML
 * {@code href}/{@code src}, or an autolink ({@code <https://...>}); code blocks and code spans hold
 * no links. Web links leave the repository, except to the loopback host, where the examples and
 * the stub run; {@code file:} links point at one machine; a target starting with {@code /} is
 * relative to the repository root, as on GitHub.
 */
final class MarkdownLinks {

    private static final Pattern FENCE = Pattern.compile("(?ms)^ {0,3}(```|~~~).*?^ {0,3}\\1[^\\n]*$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?s:.+?)\\1");
    private static final Pattern INLINE = Pattern.compile("!?\\[(?:[^\\[\\]]|\\[[^\\]]*\\])*\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("(?m)^ {0,3}\\[(?!\\^)[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s+.*)?$");
    private static final Pattern HTML = Pattern.compile("(?i)\\b(?:href|src)\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern AUTOLINK = Pattern.compile("<([A-Za-z][A-Za-z0-9+.-]*:[^\\s<>]+)>");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Pattern LOOPBACK = Pattern.compile("(?i)^https?://(localhost|127\\.0\\.0\\.1)([:/].*)?$");

    /** A link that does not stay a working link inside the repository. */
    record Problem(Path file, int line, String target, String reason) {
    }

    private MarkdownLinks() {
    }

    /** @return the bad links of {@code file}, a Markdown file inside {@code tree} */
    static List<Problem> check(RepositoryTree tree, Path file) {
        String text = blankOutCode(RepositoryTree.read(file));
        List<Problem> problems = new ArrayList<>();
        for (Pattern p : List.of(INLINE, REFERENCE, HTML, AUTOLINK)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String reason = problem(tree, file, m.group(1));
                if (reason != null) {
                    problems.add(new Problem(file, lineOf(text, m.start(1)), m.group(1), reason));
                }
            }
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return problems;
    }

    /** @return why {@code target} is a bad link from {@code file}, or null when it is fine */
    static String problem(RepositoryTree tree, Path file, String target) {
        if (target.isEmpty() || target.startsWith("#")) {
            return null;
        }
        if (SCHEME.matcher(target).find()) {
            if (target.regionMatches(true, 0, "file:", 0, 5)) {
                return "file: links point at one machine's disk";
            }
            return LOOPBACK.matcher(target).matches() ? null
                    : "leaves the repository; say it in our docs, or name the source as plain text";
        }
        if (namesTeamNotes(target)) {
            return "points at the team's notes outside the repository; cite docs/ instead";
        }
        String path = target.replaceFirst("[?#].*$", "");
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path root = tree.root();
        Path resolved = (path.startsWith("/") ? root.resolve(path.substring(1)) : file.getParent().resolve(path))
                .toAbsolutePath().normalize();
        if (!resolved.startsWith(root)) {
            return "leaves the repository";
        }
        for (Path dir = resolved.getParent(); dir != null && !dir.equals(root); dir = dir.getParent()) {
            if (RepositoryTree.isExcludedDir(dir)) {
                return "points into build output or a tool's folder, which a clean clone does not have";
            }
        }
        if (!Files.exists(resolved)) {
            return "points at " + tree.display(resolved) + ", which does not exist";
        }
        return null;
    }

    /**
     * @return the lines of {@code file} that name the team's notes outside the repository anywhere,
     *         code spans and blocks included: a reader of the published repository cannot open them
     */
    static List<Integer> teamNotesMentions(Path file) {
        List<Integer> lines = new ArrayList<>();
        String[] all = RepositoryTree.read(file).split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            if (namesTeamNotes(all[i])) {
                lines.add(i + 1);
            }
        }
        return lines;
    }

    private static boolean namesTeamNotes(String text) {
        return text.contains("shared/spec") || text.contains("../shared");
    }

    /** Replaces code blocks and code spans by spaces, keeping line breaks so line numbers stay right. */
    static String blankOutCode(String text) {
        String out = blank(FENCE.matcher(text), text);
        return blank(CODE_SPAN.matcher(out), out);
    }

    private static String blank(Matcher m, String text) {
        StringBuilder b = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (b.charAt(i) != '\n') {
                    b.setCharAt(i, ' ');
                }
            }
        }
        return b.toString();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
