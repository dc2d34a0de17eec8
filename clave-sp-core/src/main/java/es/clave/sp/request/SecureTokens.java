package es.clave.sp.request;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unpredictable message IDs (REQ-1) and RelayState tokens (BND-4). Thread-safe. */
final class SecureTokens {

    /** 160 bits: above the 128 bits REQ-1 asks for. */
    private static final int ID_BYTES = 20;
    /** 256 bits, 43 Base64url characters: within the 80 characters BND-4 allows. */
    private static final int RELAY_STATE_BYTES = 32;

    private final SecureRandom random = new SecureRandom();
    private final Base64.Encoder urlSafe = Base64.getUrlEncoder().withoutPadding();

    /** @return {@code _} followed by 40 hex digits: an NCName carrying 160 random bits */
    String newId() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        return "_" + HexFormat.of().formatHex(bytes);
    }

    /** @return an opaque Base64url token (letters, digits, {@code -}, {@code _}), safe in forms and URLs */
    String newRelayState() {
        byte[] bytes = new byte[RELAY_STATE_BYTES];
        random.nextBytes(bytes);
        return urlSafe.encodeToString(bytes);
    }
}
