package es.clave.sp.state;

import es.clave.sp.login.PendingLogin;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits on the RelayState used as the key of a pending login in shared stores. BND-4 caps the
 * RelayState at 80 characters; stores accept a little more and refuse longer keys up front, so an
 * attacker-posted oversized RelayState is simply unknown instead of a database error.
 */
public final class RelayStateKeys {

    /** Longest RelayState a shared store keeps (the JDBC key column is sized to it). */
    public static final int MAX_LENGTH = 128;

    private RelayStateKeys() {
    }

    /** @return whether {@code relayState} can be a stored key: non-empty and at most {@link #MAX_LENGTH} characters */
    public static boolean storable(String relayState) {
        return relayState != null && !relayState.isEmpty() && relayState.length() <= MAX_LENGTH;
    }

    /**
     * @throws IllegalArgumentException when {@code relayState} cannot be a stored key
     */
    public static void requireStorable(String relayState) {
        if (!storable(relayState)) {
            throw new IllegalArgumentException("RelayState must be 1 to " + MAX_LENGTH + " characters to be stored (BND-4)");
        }
    }

    /**
     * The argument checks every shared store makes on {@code put}.
     *
     * @throws NullPointerException     when {@code pending} is null
     * @throws IllegalArgumentException when its RelayState cannot be a stored key or {@code ttl} is not positive
     */
    public static void requireStorable(PendingLogin pending, Duration ttl) {
        Objects.requireNonNull(pending, "pending");
        requireStorable(pending.relayState());
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive: " + ttl);
        }
    }
}
