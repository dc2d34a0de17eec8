package es.clave.sp.servlet.security;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
}
