package es.clave.sp.state;

import es.clave.sp.login.PendingLogin;

import java.time.Duration;
import java.util.Optional;

/**
 * Keeps pending logins between the request and the response, keyed by RelayState. Implementations
 * must be thread-safe and, in a multi-node deployment, shared by all nodes.
 */
public interface PendingLoginStore {

    /**
     * Stores {@code pending} under its RelayState for at most {@code ttl}.
     *
     * @throws es.clave.sp.error.ClaveAuthenticationException with {@code STATE_UNAVAILABLE} when the store cannot be reached
     */
    void put(PendingLogin pending, Duration ttl);

    /**
     * Removes and returns the pending login stored under {@code relayState}. Consume-once: of any
     * number of concurrent calls with the same key, at most one gets a value.
     *
     * @return the pending login, or empty when unknown, expired or already taken
     * @throws es.clave.sp.error.ClaveAuthenticationException with {@code STATE_UNAVAILABLE} when the store cannot be reached
     */
    Optional<PendingLogin> take(String relayState);
}
