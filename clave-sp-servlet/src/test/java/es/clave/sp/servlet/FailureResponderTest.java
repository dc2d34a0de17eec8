package es.clave.sp.servlet;

import es.clave.sp.error.ClaveError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FailureResponderTest {

    @Test
    @DisplayName("SEC-H6 text from requests is stripped of control characters before it is logged")
    void sanitizeWhenControlCharactersThenReplaced() {
        assertEquals("a?b?c?", FailureResponder.sanitize("a\rb\nc\u001b"));
        assertEquals("", FailureResponder.sanitize(null));
    }

    @Test
    @DisplayName("SEC-H7 statuses: citizen 403, security 400, oversized 413, gateway 502, store down 503, bug 500")
    void statusOfWhenCategoryThenStatus() {
        assertEquals(403, FailureResponder.statusOf(ClaveError.USER_CANCELLED));
        assertEquals(400, FailureResponder.statusOf(ClaveError.SIGNATURE_INVALID));
        assertEquals(413, FailureResponder.statusOf(ClaveError.RESPONSE_TOO_LARGE));
        assertEquals(502, FailureResponder.statusOf(ClaveError.GATEWAY_ERROR));
        assertEquals(503, FailureResponder.statusOf(ClaveError.STATE_UNAVAILABLE));
        assertEquals(500, FailureResponder.statusOf(ClaveError.INTERNAL_ERROR));
    }

    @Test
    @DisplayName("SEC-X4 the ACS body cap is the SAMLResponse cap plus an eighth plus 4 KiB")
    void maxBodyBytesWhenDefaultCapThenDocumentedFormula() {
        assertEquals(256 * 1024 + 32 * 1024 + 4096, FilterRuntime.maxBodyBytes(256 * 1024));
        assertEquals(Integer.MAX_VALUE, FilterRuntime.maxBodyBytes(Integer.MAX_VALUE));
    }
}
