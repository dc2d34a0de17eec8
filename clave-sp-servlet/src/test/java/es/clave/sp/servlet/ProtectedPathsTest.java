package es.clave.sp.servlet;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProtectedPathsTest {

    private final ProtectedPaths paths = new ProtectedPaths(List.of("/private/*", "*.jsp", "/account"));

    @Test
    @DisplayName("directory patterns cover the directory itself and everything below it")
    void matchesWhenUnderDirectoryPatternThenTrue() {
        assertTrue(paths.matches("/private"));
        assertTrue(paths.matches("/private/"));
        assertTrue(paths.matches("/private/deep/page"));
        assertFalse(paths.matches("/privateer"));
    }

    @Test
    @DisplayName("extension and exact patterns match as in the servlet specification")
    void matchesWhenExtensionOrExactThenTrue() {
        assertTrue(paths.matches("/x/page.jsp"));
        assertTrue(paths.matches("/account"));
        assertFalse(paths.matches("/account/sub"));
        assertFalse(paths.matches("/"));
    }

    @Test
    @DisplayName("only servlet URL pattern syntax is valid")
    void isValidPatternWhenNotServletSyntaxThenFalse() {
        assertTrue(ProtectedPaths.isValidPattern("/*"));
        assertTrue(ProtectedPaths.isValidPattern("/a/b"));
        assertFalse(ProtectedPaths.isValidPattern("private/*"));
        assertFalse(ProtectedPaths.isValidPattern("/a/*/b"));
        assertFalse(ProtectedPaths.isValidPattern("*.a/b"));
        assertFalse(ProtectedPaths.isValidPattern(""));
    }
}
