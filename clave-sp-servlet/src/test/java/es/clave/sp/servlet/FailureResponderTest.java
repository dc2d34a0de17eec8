package es.clave.sp.servlet;

import es.clave.sp.error.ClaveError;
import es.clave.sp.error.ClaveMessages;
import es.clave.sp.servlet.i18n.LocaleSelector;
import es.clave.sp.servlet.i18n.ServletMessages;
import es.clave.sp.text.LogSanitizer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FailureResponderTest {

    @Test
    @DisplayName("SEC-H6 the logged detail and request URI are escaped (CR, LF, NEL, U+2028, bidi) and capped")
    void failWhenDetailForgesLinesThenLoggedEscapedOnOneLine() throws Exception {
        FailureResponder responder = new FailureResponder((rq, rs, f) -> { }, new ServletMessages(new ClaveMessages()),
                new LocaleSelector(ClaveServletSettings.SUPPORTED_LANGUAGES, null, Locale.forLanguageTag("es")));
        String detail = "bad\r\nFAKE LOG LINE\u0085NEL\u2028LS\u202Egnp.exe" + "x".repeat(5000);
        String logged = capturedStderr(() -> responder.fail(request("/app/clave/acs\u2029x"), committedResponse(),
                ClaveError.SIGNATURE_INVALID, detail, null, null, "/app"));
        assertEquals(1, logged.lines().filter(l -> !l.isBlank()).count(), logged);
        assertTrue(logged.contains("bad\\r\\nFAKE LOG LINE\\u0085NEL\\u2028LS\\u202Egnp.exe"), logged);
        assertTrue(logged.contains("/app/clave/acs\\u2029x"), logged);
        assertTrue(logged.contains("more chars not logged]"), logged);
        assertFalse(logged.contains("x".repeat(LogSanitizer.DEFAULT_MAX_CHARS + 1)), "the detail is capped");
    }

    private interface Call {
        void run() throws Exception;
    }

    /** slf4j-simple, the test binding here, writes to the current System.err. */
    private static String capturedStderr(Call call) throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            call.run();
        } finally {
            System.setErr(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static HttpServletRequest request(String uri) {
        return (HttpServletRequest) Proxy.newProxyInstance(FailureResponderTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "POST";
                    case "getRequestURI" -> uri;
                    default -> null;
                });
    }

    /** Already committed: the responder logs and renders nothing, which is all this test needs. */
    private static HttpServletResponse committedResponse() {
        return (HttpServletResponse) Proxy.newProxyInstance(FailureResponderTest.class.getClassLoader(),
                new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) ->
                        "isCommitted".equals(method.getName()) ? Boolean.TRUE : null);
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
