package es.clave.sp.state;

import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.state.testing.PendingLogins;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PendingLoginCodecTest {

    private static final PendingLogin SAMPLE = new PendingLogin("_req1", "rs1", LevelOfAssurance.HIGH,
            EnumSet.of(IdentificationMethod.CLAVE_PIN, IdentificationMethod.CERTIFICATE), false,
            Instant.parse("2026-11-22T11:00:00Z"), "/inicio?a=1&b=ñ", "bind");

    /** Version 1 as other builds write it: this text must keep decoding as long as v1 is supported. */
    private static final String SAMPLE_V1 = """
            clave-pending-login v1
            requestId=_req1
            relayState=rs1
            requestedLoa=HIGH
            offeredMethods=CERTIFICATE,CLAVE_PIN
            forceAuthn=false
            issuedAt=2026-11-22T11:00:00Z
            returnTo=/inicio?a=1&b=%C3%B1
            browserBinding=bind
            """;

    @Test
    @DisplayName("RSP-11 v1 text is stable: a login encodes to the documented fields in a fixed order")
    void encodeWritesTheDocumentedV1Text() {
        assertEquals(SAMPLE_V1, PendingLoginCodec.encode(SAMPLE));
    }

    @Test
    @DisplayName("RSP-11 v1 text written by another build decodes to the same login")
    void decodeReadsV1Text() {
        assertEquals(SAMPLE, PendingLoginCodec.decode(SAMPLE_V1));
    }

    @Test
    @DisplayName("RSP-11 every field round-trips, including nulls, empty method sets, newlines and non-ASCII")
    void roundTripKeepsEveryField() {
        PendingLogin full = PendingLogins.full("relay");
        PendingLogin minimal = PendingLogins.minimal("relay");

        assertEquals(full, PendingLoginCodec.decode(PendingLoginCodec.encode(full)));
        assertEquals(minimal, PendingLoginCodec.decode(PendingLoginCodec.encode(minimal)));
        assertTrue(PendingLoginCodec.encode(full).lines().allMatch(line -> line.chars().allMatch(c -> c >= 0x20 && c < 0x7F)),
                "encoded lines are printable ASCII");
    }

    @Test
    @DisplayName("RSP-11 a field added by a newer build is ignored, so older nodes keep working")
    void decodeIgnoresUnknownFields() {
        assertEquals(SAMPLE, PendingLoginCodec.decode(SAMPLE_V1 + "futureField=x\n"));
    }

    @Test
    @DisplayName("RSP-11 another version, a missing header or a missing required field is refused with the reason")
    void decodeRefusesWrongVersionOrMissingFields() {
        IllegalArgumentException version = assertThrows(IllegalArgumentException.class,
                () -> PendingLoginCodec.decode(SAMPLE_V1.replace(" v1", " v2")));
        assertTrue(version.getMessage().contains("unsupported pending-login record version 'v2'"), version.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PendingLoginCodec.decode("requestId=_x\n"));
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> PendingLoginCodec.decode(SAMPLE_V1.replace("requestId=_req1\n", "")));
        assertTrue(missing.getMessage().contains("requestId"), missing.getMessage());
    }

    @Test
    @DisplayName("RSP-11 duplicated fields, unknown enum names and malformed values are refused")
    void decodeRefusesMalformedValues() {
        assertThrows(IllegalArgumentException.class, () -> PendingLoginCodec.decode(SAMPLE_V1 + "relayState=other\n"));
        assertThrows(IllegalArgumentException.class,
                () -> PendingLoginCodec.decode(SAMPLE_V1.replace("requestedLoa=HIGH", "requestedLoa=ULTRA")));
        assertThrows(IllegalArgumentException.class,
                () -> PendingLoginCodec.decode(SAMPLE_V1.replace("CERTIFICATE,CLAVE_PIN", "CERTIFICATE,CERTIFICATE")));
        assertThrows(IllegalArgumentException.class,
                () -> PendingLoginCodec.decode(SAMPLE_V1.replace("forceAuthn=false", "forceAuthn=yes")));
        assertThrows(IllegalArgumentException.class,
                () -> PendingLoginCodec.decode(SAMPLE_V1.replace("2026-11-22T11:00:00Z", "yesterday")));
        assertThrows(IllegalArgumentException.class,
                () -> PendingLoginCodec.decode(SAMPLE_V1.replace("returnTo=/", "returnTo=%zz")));
        assertThrows(IllegalArgumentException.class, () -> PendingLoginCodec.decode(SAMPLE_V1 + "no-equals-sign\n"));
    }

    @Test
    @DisplayName("RSP-11 Java-serialized bytes are never deserialized: they are just not a v1 record")
    void decodeRefusesJavaSerialization() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(SAMPLE);
        }
        String asText = new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PendingLoginCodec.decode(asText));
        assertTrue(e.getMessage().startsWith("not a pending-login record"), e.getMessage());
    }

    @Test
    @DisplayName("RSP-11 records over the size cap are refused before parsing")
    void decodeRefusesOversizedRecords() {
        String huge = SAMPLE_V1 + "padding=" + "x".repeat(PendingLoginCodec.MAX_ENCODED_LENGTH) + "\n";

        assertThrows(IllegalArgumentException.class, () -> PendingLoginCodec.decode(huge));
    }
}
