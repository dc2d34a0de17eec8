package es.clave.sp.internal.saml.xml;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Strict readers for the typed values SAML carries as text: xs:dateTime and xs:base64Binary. */
public final class XmlValues {
    private XmlValues() {
    }

    /**
     * Parses an xs:dateTime. SAML requires UTC; a value without a zone is read as UTC.
     *
     * @return the instant, or null when {@code value} is null
     * @throws ClaveAuthenticationException MALFORMED_RESPONSE when the value is not a date-time
     */
    public static Instant instant(String value, String what) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                throw new ClaveAuthenticationException(ClaveError.MALFORMED_RESPONSE, what + " is not an xs:dateTime: " + value);
            }
        }
    }

    /**
     * Decodes xs:base64Binary: XML whitespace (line breaks) is removed, anything else must be
     * strict Base64.
     *
     * @throws ClaveAuthenticationException {@code onError} when the text is not Base64
     */
    public static byte[] base64(String text, ClaveError onError, String what) {
        if (text == null) {
            throw new ClaveAuthenticationException(onError, what + " is missing");
        }
        byte[] decoded = decodeBase64(text);
        if (decoded == null) {
            throw new ClaveAuthenticationException(onError, what + " is not valid Base64");
        }
        return decoded;
    }

    private static final byte[] VALUES = new byte[128];

    static {
        java.util.Arrays.fill(VALUES, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = (byte) i;
        }
    }

    /**
     * Strict Base64 (RFC 4648 alphabet, canonical padding) that skips XML whitespace and decodes
     * straight from the text into one exactly sized array: responses carry large Base64 values
     * (the whole message, CipherValue) and intermediate copies would dominate the allocation.
     *
     * @return the bytes, or null when {@code text} is not valid Base64
     */
    public static byte[] decodeBase64(String text) {
        int n = text.length();
        int symbols = 0;
        int padding = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                continue;
            }
            if (c == '=') {
                padding++;
            } else if (padding > 0 || c >= 128 || VALUES[c] < 0) {
                return null; // data after padding, or a character outside the alphabet
            }
            symbols++;
        }
        if (symbols % 4 != 0 || padding > 2) {
            return null;
        }
        byte[] out = new byte[symbols / 4 * 3 - padding];
        int acc = 0;
        int bits = 0;
        int o = 0;
        for (int i = 0; i < n && o < out.length; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                continue;
            }
            if (c == '=') {
                break;
            }
            acc = (acc << 6) | VALUES[c];
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[o++] = (byte) (acc >> bits);
            }
        }
        return out;
    }
}
