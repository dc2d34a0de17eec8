package es.clave.sp.state;

import java.time.Instant;

/**
 * Remembers message IDs so that a Response or Assertion is accepted once (RSP-11, SEC-P2).
 * Implementations must be atomic and, in a multi-node deployment, shared by all nodes.
 */
public interface ReplayCache {

    /**
     * Records {@code id} until {@code expiresAt} if it has not been seen.
     *
     * @param namespace what the id identifies (e.g. {@code response}, {@code assertion}); ids are unique per namespace
     * @param id        the message ID
     * @param expiresAt when the record may be forgotten (message validity plus clock skew)
     * @return true when this is the first time the id is seen, false for a replay
     * @throws es.clave.sp.error.ClaveAuthenticationException with {@code STATE_UNAVAILABLE} when the cache cannot be reached
     */
    boolean firstSeen(String namespace, String id, Instant expiresAt);
}
