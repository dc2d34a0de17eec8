package es.clave.sp.internal.saml.xml;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Base64;

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
        try {
            return Base64.getDecoder().decode(stripWhitespace(text));
        } catch (IllegalArgumentException e) {
            throw new ClaveAuthenticationException(onError, what + " is not valid Base64");
        }
    }

    /** @return {@code s} without XML whitespace (space, tab, CR, LF) */
    public static String stripWhitespace(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                break;
            }
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder sb = new StringBuilder(n);
        for (int j = 0; j < n; j++) {
            char c = s.charAt(j);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
