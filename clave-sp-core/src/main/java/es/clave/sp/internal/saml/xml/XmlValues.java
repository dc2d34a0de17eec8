package es.clave.sp.internal.saml.xml;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.text.XmlTokens;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Strict readers for the typed values SAML carries as text: xs:ID, xs:dateTime and xs:base64Binary.
 * URIs are compared with {@link XmlTokens#sameUri} (collapse, then exact; see docs/input-rules.md).
 */
public final class XmlValues {
    private XmlValues() {
    }

    /**
     * Requires an {@code xs:ID} as written: an NCName, without surrounding or inner whitespace, so
     * that a padded ID can neither match a signature reference nor key the replay cache.
     *
     * @param value the attribute value; null passes (presence is the caller's rule)
     * @return {@code value}
     * @throws ClaveAuthenticationException ID_INVALID when {@code value} is not an NCName
     */
    public static String ncName(String value, String what) {
        if (value != null && !XmlTokens.isNcName(value)) {
            throw new ClaveAuthenticationException(ClaveError.ID_INVALID, what + " '" + value + "' is not an xsd:ID (NCName)");
        }
        return value;
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
        String v = XmlTokens.trim(value); // XML whitespace only: xs:dateTime collapses nothing else
        Instant fast = utcFastPath(v);
        if (fast != null) {
            return fast;
        }
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

    /** The form SAML senders use ({@code 2024-05-17T10:00:00.123Z}) without the cost of a formatter; null otherwise. */
    private static Instant utcFastPath(String v) {
        int n = v.length();
        if (n < 20 || v.charAt(n - 1) != 'Z' || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T'
                || v.charAt(13) != ':' || v.charAt(16) != ':') {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            int fraction = n - 21;
            if (v.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            nanos = digits(v, 20, fraction);
            for (int i = fraction; i < 9 && nanos >= 0; i++) {
                nanos *= 10;
            }
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 2);
        int day = digits(v, 8, 2);
        int hour = digits(v, 11, 2);
        int minute = digits(v, 14, 2);
        int second = digits(v, 17, 2);
        if ((year | month | day | hour | minute | second | nanos) < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static int digits(String v, int from, int count) {
        int r = 0;
        for (int i = from; i < from + count; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            r = r * 10 + (c - '0');
        }
        return r;
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
        byte[] fast = decodeUnbroken(text);
        if (fast != null) {
            return fast;
        }
        byte[] out = new byte[text.length() / 4 * 3 + 3];
        int length = decodeSkippingWhitespace(text, out);
        return length < 0 ? null : java.util.Arrays.copyOf(out, length);
    }

    /**
     * Checks {@code text} under exactly the rules of {@link #decodeBase64} without decoding it, for
     * values another component decodes (and that need not be copied once more to be checked).
     *
     * @return how many bytes {@code text} decodes to, or -1 when it is not valid Base64
     */
    public static int base64Length(String text) {
        return decodeSkippingWhitespace(text, null);
    }

    /** One pass for the common case of Base64 without line breaks; null when anything else is seen. */
    private static byte[] decodeUnbroken(String text) {
        int n = text.length();
        if (n == 0 || n % 4 != 0) {
            return null;
        }
        int padding = text.charAt(n - 1) == '=' ? (text.charAt(n - 2) == '=' ? 2 : 1) : 0;
        byte[] out = new byte[n / 4 * 3 - padding];
        int o = 0;
        int full = n - (padding > 0 ? 4 : 0);
        for (int i = 0; i < full; i += 4) {
            int v = value(text.charAt(i)) << 18 | value(text.charAt(i + 1)) << 12
                    | value(text.charAt(i + 2)) << 6 | value(text.charAt(i + 3));
            if (v < 0) {
                return null;
            }
            out[o++] = (byte) (v >> 16);
            out[o++] = (byte) (v >> 8);
            out[o++] = (byte) v;
        }
        if (padding > 0) {
            int v = value(text.charAt(full)) << 18 | value(text.charAt(full + 1)) << 12
                    | (padding == 1 ? value(text.charAt(full + 2)) << 6 : 0);
            if (v < 0) {
                return null;
            }
            out[o++] = (byte) (v >> 16);
            if (padding == 1) {
                out[o] = (byte) (v >> 8);
            }
        }
        return out;
    }

    /** @return the 6-bit value of {@code c}, or -1 (all bits set, negative after any shift) outside the alphabet */
    private static int value(char c) {
        return c < 128 ? VALUES[c] : -1;
    }

    /**
     * One pass for text with line breaks (XML signers wrap at 76 columns, often with {@code &#13;}):
     * whole 4-symbol groups between breaks take the unbroken path, anything else goes symbol by
     * symbol. Same rules as before: only XML whitespace is skipped, padding is one or two {@code =}
     * ending a full group, nothing but whitespace follows it, and the symbol count is a multiple of 4.
     *
     * @param out where the bytes go (at least {@code text.length() / 4 * 3 + 3} long), or null to only check
     * @return the number of decoded bytes, or -1 when {@code text} is not valid Base64
     */
    private static int decodeSkippingWhitespace(String text, byte[] out) {
        int n = text.length();
        int o = 0;
        int group = 0;
        int filled = 0;
        int padding = 0;
        boolean ended = false;
        int i = 0;
        while (i < n) {
            if (filled == 0 && !ended && i + 4 <= n) {
                int v = value(text.charAt(i)) << 18 | value(text.charAt(i + 1)) << 12
                        | value(text.charAt(i + 2)) << 6 | value(text.charAt(i + 3));
                if (v >= 0) {
                    if (out != null) {
                        out[o] = (byte) (v >> 16);
                        out[o + 1] = (byte) (v >> 8);
                        out[o + 2] = (byte) v;
                    }
                    o += 3;
                    i += 4;
                    continue;
                }
            }
            char c = text.charAt(i++);
            if (XmlTokens.isXmlWhitespace(c)) {
                continue;
            }
            if (ended) {
                return -1; // anything but whitespace after the padded final group
            }
            if (c == '=') {
                if (filled < 2) {
                    return -1; // padding may only replace the last one or two symbols of a group
                }
                padding++;
                group <<= 6;
            } else {
                int d = value(c);
                if (padding > 0 || d < 0) {
                    return -1; // data after padding, or a character outside the alphabet
                }
                group = group << 6 | d;
            }
            if (++filled == 4) {
                int bytes = 3 - padding;
                if (out != null) {
                    out[o] = (byte) (group >> 16);
                    if (bytes > 1) {
                        out[o + 1] = (byte) (group >> 8);
                    }
                    if (bytes > 2) {
                        out[o + 2] = (byte) group;
                    }
                }
                o += bytes;
                ended = padding > 0;
                group = 0;
                filled = 0;
            }
        }
        return filled == 0 ? o : -1;
    }
}
