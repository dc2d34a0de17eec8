package es.clave.sp.servlet.security;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BindingCookieValueTest {

    private static final String TOKEN = "A".repeat(42) + "z";

    @Test
    @DisplayName("SEC-H2: the value round-trips: token, then the RelayStates oldest first")
    void formatThenParseGivesSameValue() {
        BindingCookieValue value = BindingCookieValue.fresh(TOKEN).admit("r1").next().admit("r-2_").next();
        assertEquals(TOKEN + ".r1.r-2_", value.format());
        assertEquals(value, BindingCookieValue.parse(value.format()).orElseThrow());
        assertEquals(TOKEN, BindingCookieValue.parse(TOKEN).orElseThrow().format(), "the value of earlier releases");
    }

    @Test
    @DisplayName("SEC-H2: a malformed token is no binding; malformed or repeated RelayStates are dropped")
    void parseWhenMalformedThenRefusedOrCleaned() {
        assertTrue(BindingCookieValue.parse(null).isEmpty());
        assertTrue(BindingCookieValue.parse("short.r1").isEmpty());
        assertTrue(BindingCookieValue.parse(TOKEN + "x").isEmpty());
        assertEquals(List.of("r1", "r3"),
                BindingCookieValue.parse(TOKEN + ".r1..r%2F.r1.r3." + "x".repeat(81)).orElseThrow().pending());
    }

    @Test
    @DisplayName("SEC-H2: up to five logins coexist; a sixth displaces the oldest, and a hand-edited longer list keeps the newest five")
    void admitWhenBeyondBoundThenOldestDisplaced() {
        BindingCookieValue value = BindingCookieValue.fresh(TOKEN);
        for (int i = 1; i <= BindingCookieValue.MAX_PENDING; i++) {
            BindingCookieValue.Admission admission = value.admit("r" + i);
            assertEquals(List.of(), admission.displaced());
            value = admission.next();
        }
        BindingCookieValue.Admission sixth = value.admit("r6");
        assertEquals(List.of("r1"), sixth.displaced());
        assertEquals(List.of("r2", "r3", "r4", "r5", "r6"), sixth.next().pending());
        assertEquals(List.of("r3", "r4", "r5", "r6", "r7"),
                BindingCookieValue.parse(TOKEN + ".r1.r2.r3.r4.r5.r6.r7").orElseThrow().pending());
    }

    @Test
    @DisplayName("SEC-H2: admitting a RelayState again moves it to the newest place without displacing anything")
    void admitWhenAlreadyListedThenMovedNotDuplicated() {
        BindingCookieValue value = BindingCookieValue.parse(TOKEN + ".a.b.c.d.e").orElseThrow();
        BindingCookieValue.Admission again = value.admit("b");
        assertEquals(List.of(), again.displaced());
        assertEquals(List.of("a", "c", "d", "e", "b"), again.next().pending());
        assertThrows(IllegalArgumentException.class, () -> value.admit("not.a.token"));
    }
}
