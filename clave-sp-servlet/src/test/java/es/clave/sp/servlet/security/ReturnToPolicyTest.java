package es.clave.sp.servlet.security;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

    @Test
    @DisplayName("SEC-H1 null and over-long targets are refused")
    void acceptWhenNullOrTooLongThenEmpty() {
        assertTrue(ReturnToPolicy.accept(null).isEmpty());
        assertTrue(ReturnToPolicy.accept("/" + "a".repeat(ReturnToPolicy.MAX_LENGTH)).isEmpty());
    }
}
