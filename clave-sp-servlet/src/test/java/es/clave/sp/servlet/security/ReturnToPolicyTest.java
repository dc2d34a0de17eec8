package es.clave.sp.servlet.security;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReturnToPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/private", "/app/private/page?x=1&y=%C3%B1", "/a/b#frag", "/caf%C3%A9"})
    @DisplayName("SEC-H1 same-origin relative paths are accepted unchanged")
    void acceptWhenSameOriginPathThenUnchanged(String target) {
        assertEquals(target, ReturnToPolicy.accept(target).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example", "http://evil.example/x", "//evil.example", "///evil.example",
            "/\\evil.example", "\\\\evil.example", "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x",
            "evil.example", "private", "/x\r\nSet-Cookie: a=b", "/x\nLocation: //evil", "/\t/evil.example",
            "/ /evil", "/%2F%2Fevil.example", "/%2f/evil.example", "/%5Cevil.example", "/x%0d%0aSet-Cookie:a=b",
            "/x%00", "/\u0000x", "/\u2028evil", ""})
    @DisplayName("SEC-H1 absolute, protocol-relative, backslash, scheme, CR/LF and encoded variants are refused")
    void acceptWhenNotSameOriginRelativeThenEmpty(String target) {
        assertTrue(ReturnToPolicy.accept(target).isEmpty(), target);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/app/./private|/app/private",
            "/app/x/../private|/app/private",
            "/app/x/%2e%2e/private|/app/private",
            "/app/x/%2E%2e/private|/app/private",
            "/app/x/.%2E/private|/app/private",
            "/app/%2e/private|/app/private",
            "/app//private///page|/app/private/page",
            "/app/private/.|/app/private/",
            "/app/private/x/..|/app/private/",
            "/app/private/..?next=/../x#../y|/app/?next=/../x#../y",
            "/app/x;v=1/page|/app/x;v=1/page",
            "/app|/app",
            "/app/|/app/"})
    @DisplayName("SEC-H1 dot segments (also %2e-encoded) and repeated slashes are resolved inside the context path")
    void acceptWhenDotSegmentsInsideContextThenNormalised(String target, String expected) {
        assertEquals(expected, ReturnToPolicy.accept(target, "/app").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/app/../../x", "/app/../x", "/app/%2e%2e/x", "/app/%2E%2E/%2e%2e/x", "/app/.%2e/.%2e/x", "/app/x/../../../x",
            "/..", "/../app/private", "/%2e%2e/app", "/application/x", "/apps", "/", "/x/app/private",
            "/app/..;/x", "/app/x/..;jsessionid=1/y", "/app/.;/x", "/app/%2e%2e;x/y",
            "/app/\uFF0E\uFF0E/x", "/app/\u2024\u2024/x", "/app/\uFE52/x",
            "/app/%252e%252e/x", "/app/%252f/evil", "/app/%25/x",
            "/app\\..\\x", "/app/..\\x", "//app/private", "/app/%2f../x", "/app/%5c../x"})
    @DisplayName("SEC-H1 targets that leave the context path, climb above the root or hide a dot segment are refused")
    void acceptWhenHostilePathThenEmpty(String target) {
        assertTrue(ReturnToPolicy.accept(target, "/app").isEmpty(), target);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../x", "/%2e%2e/x", "/a/../../x", "/a/..;/x"})
    @DisplayName("SEC-H1 context-relative targets (Spring) may not climb above the application's root")
    void acceptWhenContextRelativeClimbsAboveRootThenEmpty(String target) {
        assertTrue(ReturnToPolicy.accept(target).isEmpty(), target);
    }

    @Test
    @DisplayName("SEC-H1 context-relative targets are normalised too: /a/../x stays inside the application as /x")
    void acceptWhenContextRelativeDotSegmentThenResolved() {
        assertEquals("/x", ReturnToPolicy.accept("/a/../x").orElseThrow());
        assertEquals("/x", ReturnToPolicy.accept("/x", "").orElseThrow());
    }

    @Test
    @DisplayName("SEC-H1 null and over-long targets are refused")
    void acceptWhenNullOrTooLongThenEmpty() {
        assertTrue(ReturnToPolicy.accept(null).isEmpty());
        assertTrue(ReturnToPolicy.accept("/" + "a".repeat(ReturnToPolicy.MAX_LENGTH)).isEmpty());
    }
}
