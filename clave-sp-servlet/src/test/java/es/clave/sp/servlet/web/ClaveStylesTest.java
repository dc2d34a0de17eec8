package es.clave.sp.servlet.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The theming hooks of clave.css: read through var() with a default, never declared, all documented. */
class ClaveStylesTest {

    private static final Pattern USED = Pattern.compile("var\\((--clave-[a-z-]+), ");
    private static final Pattern DOCUMENTED = Pattern.compile("^\\| `(--clave-[a-z-]+)` \\|", Pattern.MULTILINE);

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    @DisplayName("every custom property the stylesheet reads is in the theming guide's table, and the table lists no other")
    void everyCustomPropertyIsDocumented() throws IOException {
        String guide = Files.readString(Path.of("..", "docs", "guides", "theming.md"));
        Set<String> used = all(USED, ClaveStyles.css());
        assertTrue(used.size() >= 10, used.toString());
        assertEquals(used, all(DOCUMENTED, guide));
    }

    @Test
    @DisplayName("the stylesheet never declares a --clave-* property, so an application's value wins in any order")
    void noCustomPropertyIsDeclared() {
        String rules = ClaveStyles.css().replaceAll("(?s)/\\*.*?\\*/", "");   // the header comment shows an example
        assertTrue(rules.contains(".clave-button {"), rules);
        assertFalse(Pattern.compile("(^|[;{\\s])--clave-[a-z-]+\\s*:").matcher(rules).find(), rules);
    }

    @Test
    @DisplayName("SEC-H6 a theme stylesheet must be a path on the application's origin")
    void themeMustBeLocalPath() {
        assertEquals("/css/t.css?v=2", PageTheme.of(" /css/t.css?v=2 ").stylesheet());
        assertEquals(PageTheme.NONE, PageTheme.of(" "));
        for (String bad : new String[] {"//cdn.example.com/t.css", "https://cdn.example.com/t.css", "css/t.css",
                "/\\evil", "/a b.css", "/t.css\"><script>"}) {
            assertThrows(IllegalArgumentException.class, () -> PageTheme.of(bad), bad);
        }
    }
}
