package es.clave.sp.internal.saml.xml;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Base64;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** SEC-X4: the strict Base64 decoder agrees with the JDK and refuses what the JDK refuses. */
class XmlValuesTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 57, 58, 59, 1000, 4097})
    @DisplayName("SEC-X4 decodes like java.util.Base64, with and without 76-column line breaks")
    void decodeBase64WhenValidThenSameBytesAsJdk(int length) {
        byte[] data = new byte[length];
        new Random(length).nextBytes(data);
        assertArrayEquals(data, length == 0 ? new byte[0] : XmlValues.decodeBase64(Base64.getEncoder().encodeToString(data)));
        if (length > 0) {
            assertArrayEquals(data, XmlValues.decodeBase64(Base64.getMimeEncoder().encodeToString(data) + "\n"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"QUJD!", "QU=D", "QUJDRA=", "QUJD\u00e9RA==", "Q", "QUJDRA===", "QUJD RA=\u0000"})
    @DisplayName("SEC-X4 invalid Base64 is refused (null), never silently skipped")
    void decodeBase64WhenInvalidThenNull(String text) {
        assertNull(XmlValues.decodeBase64(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "QUJD", "QUJDRA==", "QUJDREU=", "QUJD\nRA==\n", "QUJD!", "QU=D", "QUJDRA=", "QUJD\u00e9RA==",
            "Q", "QUJDRA===", "QUJD RA=\u0000", "QUJD&#13;", " \t\r\n", "QUJDRA==QUJD", "====", "QQ=\n="})
    @DisplayName("SEC-X4 the length check applies exactly the decoder's rules, without decoding")
    void base64LengthWhenAnyTextThenAgreesWithDecoder(String text) {
        byte[] decoded = XmlValues.decodeBase64(text);
        org.junit.jupiter.api.Assertions.assertEquals(decoded == null ? -1 : decoded.length, XmlValues.base64Length(text));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 57, 1000, 4097})
    @DisplayName("SEC-X4 the length check accepts line-broken Base64 and counts its bytes")
    void base64LengthWhenLineBrokenThenDecodedLength(int length) {
        byte[] data = new byte[length];
        new Random(length).nextBytes(data);
        org.junit.jupiter.api.Assertions.assertEquals(length, XmlValues.base64Length(Base64.getMimeEncoder().encodeToString(data)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-22T11:05:00Z", "2026-11-22T11:05:00.1Z", "2026-11-22T11:05:00.123Z",
            "2026-11-22T11:05:00.123456789Z", "2026-11-22T12:05:00.5+01:00", "2026-02-28T23:59:59Z"})
    @DisplayName("RSP-10 xs:dateTime values read as the JDK reads them")
    void instantWhenValidThenSameAsJdk(String value) {
        org.junit.jupiter.api.Assertions.assertEquals(java.time.OffsetDateTime.parse(value).toInstant(),
                XmlValues.instant(value, "test"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-22T11:05:00Z", "2026-02-30T11:05:00Z", "2026-11-22T25:05:00Z", "yesterday",
            "2026-11-22T11:05:00.1234567890Z"})
    @DisplayName("RSP-10 impossible dates are MALFORMED_RESPONSE")
    void instantWhenInvalidThenMalformed(String value) {
        var e = org.junit.jupiter.api.Assertions.assertThrows(es.clave.sp.error.ClaveAuthenticationException.class,
                () -> XmlValues.instant(value, "test"));
        org.junit.jupiter.api.Assertions.assertEquals(es.clave.sp.error.ClaveError.MALFORMED_RESPONSE, e.error());
    }
}
