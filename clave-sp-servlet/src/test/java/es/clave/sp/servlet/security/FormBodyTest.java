package es.clave.sp.servlet.security;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormBodyTest {

    @Test
    @DisplayName("BND-1 urlencoded fields are decoded, '+' as a space and %2B as '+'")
    void parseWhenUrlencodedThenDecoded() {
        FormBody body = FormBody.parse("SAMLResponse=PD94%2Bbw%3D%3D&RelayState=abc+def&empty=");
        assertEquals("PD94+bw==", body.field("SAMLResponse"));
        assertEquals("abc def", body.field("RelayState"));
        assertEquals("", body.field("empty"));
        assertTrue(body.has("empty"));
        assertFalse(body.has("logoutResponse"));
        assertNull(body.field("logoutResponse"));
    }

    @Test
    @DisplayName("SEC-H7 a field posted twice is refused: which copy was validated would be ambiguous")
    void parseWhenFieldRepeatedThenMalformed() {
        assertThrows(FormBody.MalformedException.class, () -> FormBody.parse("SAMLResponse=a&SAMLResponse=b"));
    }

    @Test
    @DisplayName("SEC-H7 broken percent-encoding is refused cleanly")
    void parseWhenBadPercentEncodingThenMalformed() {
        assertThrows(FormBody.MalformedException.class, () -> FormBody.parse("SAMLResponse=%zz"));
    }

    @Test
    @DisplayName("SEC-X4 an over-cap body is refused after draining a bounded tail, so the browser can read the 413 page")
    void readWhenOverCapThenDrainedUpToTheLimit() {
        ByteArrayInputStream small = new ByteArrayInputStream(new byte[4096 + 200 * 1024]);
        assertThrows(FormBody.TooLargeException.class, () -> FormBody.readCapped(small, 4096));
        assertEquals(0, small.available(), "a tail within the drain limit is read to the end");

        int endless = 4096 + 8192 + FormBody.DRAIN_LIMIT_BYTES + 100 * 1024;
        ByteArrayInputStream huge = new ByteArrayInputStream(new byte[endless]);
        assertThrows(FormBody.TooLargeException.class, () -> FormBody.readCapped(huge, 4096));
        assertTrue(huge.available() >= 90 * 1024, "draining stops at the limit: " + huge.available() + " left");
    }

    @Test
    @DisplayName("SEC-X4 a body at the cap is read whole")
    void readWhenAtCapThenRead() throws IOException {
        String body = "a=" + "b".repeat(4094);
        assertEquals(body, FormBody.readCapped(new ByteArrayInputStream(body.getBytes()), 4096));
    }
}
