package es.clave.sp.state;

import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.text.LogSanitizer;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The stable wire format of a {@link PendingLogin} in shared stores (JDBC, Redis). It is plain
 * text, one {@code name=value} field per line after a version line, values percent-encoded
 * (every byte of the UTF-8 form outside printable ASCII, and {@code %} itself, as {@code %XX}), so that
 * nodes on different builds can read each other's records and so that bytes read back from a
 * store are never handed to Java deserialization.
 *
 * <pre>
 * clave-pending-login v1
 * requestId=_a1b2...
 * relayState=Xy...
 * requestedLoa=SUBSTANTIAL
 * offeredMethods=CERTIFICATE,CLAVE_PIN
 * forceAuthn=false
 * issuedAt=2026-11-22T11:00:00Z
 * returnTo=/inicio?tab=datos%20personales
 * browserBinding=...
 * </pre>
 *
 * Compatibility rules of version 1: enum values are written by constant name; a null value is
 * written by leaving its field out; readers ignore fields they do not know (a newer build may add
 * optional ones) and reject duplicates, missing required fields and unknown enum constants.
 * An incompatible change gets a new version line.
 */
public final class PendingLoginCodec {

    /** The first line of every version-1 record. */
    public static final String HEADER_V1 = "clave-pending-login v1";

    /** Records longer than this are refused on read: ours are a few hundred characters. */
    public static final int MAX_ENCODED_LENGTH = 16 * 1024;

    private static final String HEADER_PREFIX = "clave-pending-login ";
    private static final String HEX = "0123456789ABCDEF";

    private PendingLoginCodec() {
    }

    /** @return the version-1 text form of {@code pending} */
    public static String encode(PendingLogin pending) {
        StringBuilder out = new StringBuilder(256).append(HEADER_V1).append('\n');
        field(out, "requestId", pending.requestId());
        field(out, "relayState", pending.relayState());
        field(out, "requestedLoa", pending.requestedLoa() == null ? null : pending.requestedLoa().name());
        StringBuilder methods = new StringBuilder();
        // EnumSet gives a stable order, so equal logins encode to equal text
        for (IdentificationMethod method : EnumSet.copyOf(withType(pending.offeredMethods()))) {
            methods.append(methods.length() == 0 ? "" : ",").append(method.name());
        }
        field(out, "offeredMethods", methods.toString());
        field(out, "forceAuthn", Boolean.toString(pending.forceAuthn()));
        field(out, "issuedAt", pending.issuedAt() == null ? null : pending.issuedAt().toString());
        field(out, "returnTo", pending.returnTo());
        field(out, "browserBinding", pending.browserBinding());
        return out.toString();
    }

    /**
     * Parses a record written by {@link #encode} (of this or a compatible build).
     *
     * @throws IllegalArgumentException when the text is not a valid version-1 record; the message says why
     */
    public static PendingLogin decode(String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("empty pending-login record");
        }
        if (text.length() > MAX_ENCODED_LENGTH) {
            throw new IllegalArgumentException("pending-login record longer than " + MAX_ENCODED_LENGTH + " characters");
        }
        String[] lines = text.split("\n", -1);
        if (!HEADER_V1.equals(lines[0])) {
            throw new IllegalArgumentException(lines[0].startsWith(HEADER_PREFIX)
                    ? "unsupported pending-login record version '" + printable(lines[0].substring(HEADER_PREFIX.length()))
                      + "'; this build reads v1"
                    : "not a pending-login record (missing '" + HEADER_V1 + "' header)");
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() && i == lines.length - 1) {
                break; // the trailing newline
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("malformed pending-login field on line " + (i + 1));
            }
            String name = line.substring(0, eq);
            if (fields.put(name, decodeValue(name, line.substring(eq + 1))) != null) {
                throw new IllegalArgumentException("duplicate pending-login field '" + printable(name) + "'");
            }
        }
        return new PendingLogin(
                required(fields, "requestId"),
                required(fields, "relayState"),
                loa(fields.get("requestedLoa")),
                methods(required(fields, "offeredMethods")),
                bool(required(fields, "forceAuthn")),
                instant(required(fields, "issuedAt")),
                fields.get("returnTo"),
                fields.get("browserBinding"));
    }

    private static void field(StringBuilder out, String name, String value) {
        if (value != null) {
            out.append(name).append('=');
            for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xFF;
                if (c > 0x20 && c < 0x7F && c != '%') {
                    out.append((char) c);
                } else {
                    out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
                }
            }
            out.append('\n');
        }
    }

    private static String decodeValue(String name, String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                bytes.write(hex(raw.charAt(i + 1)) << 4 | hex(raw.charAt(i + 2)));
                i += 2;
            } else if (c > 0x20 && c < 0x7F && c != '%') {
                bytes.write(c);
            } else {
                throw new IllegalArgumentException("badly encoded value of pending-login field '" + printable(name) + "'");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("value of pending-login field '" + printable(name) + "' is not UTF-8", e);
        }
    }

    private static int hex(char c) {
        return HEX.indexOf(c);
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("pending-login record lacks required field '" + name + "'");
        }
        return value;
    }

    private static LevelOfAssurance loa(String value) {
        return value == null ? null : constant(LevelOfAssurance.class, "requestedLoa", value);
    }

    private static Set<IdentificationMethod> methods(String value) {
        Set<IdentificationMethod> methods = EnumSet.noneOf(IdentificationMethod.class);
        if (!value.isEmpty()) {
            for (String name : value.split(",", -1)) {
                if (!methods.add(constant(IdentificationMethod.class, "offeredMethods", name))) {
                    throw new IllegalArgumentException("duplicate method '" + printable(name) + "' in offeredMethods");
                }
            }
        }
        return methods;
    }

    private static boolean bool(String value) {
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException("forceAuthn must be true or false, not '" + printable(value) + "'");
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("issuedAt is not an ISO-8601 instant: '" + printable(value) + "'", e);
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String field, String name) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + field + " value '" + printable(name) + "'", e);
        }
    }

    private static Set<IdentificationMethod> withType(Set<IdentificationMethod> methods) {
        // EnumSet.copyOf needs the element type when the set is empty
        return methods.isEmpty() ? EnumSet.noneOf(IdentificationMethod.class) : methods;
    }

    /** Record text quoted in an error message: escaped and cut short (SEC-H6). */
    private static String printable(String value) {
        return LogSanitizer.sanitize(value, 64);
    }
}
