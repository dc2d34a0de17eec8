package es.clave.sp.state;

import es.clave.sp.login.PendingLogin;
import es.clave.sp.state.testing.PendingLogins;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the shared (multi-node) stores add to {@link StateStoreContract}: they can be unreachable
 * and must then fail closed; a RelayState collision is refused rather than overwriting another
 * node's login; keys are bounded; a replay record always outlives the check that wrote it.
 */
public abstract class SharedStateStoreContract extends StateStoreContract {

    /** @return a node configured against a server that is not there (a closed loopback port) */
    protected abstract StateStores openUnreachable();

    @Test
    @DisplayName("BND-4 putting a second live login under one RelayState is refused; after expiry the key is reusable")
    void putWhenRelayStateLiveThenRefused() {
        String relayState = PendingLogins.relayState();
        PendingLogin first = PendingLogins.full(relayState);
        PendingLogin second = PendingLogins.minimal(relayState);
        nodeA.pendingLogins().put(first, TTL);

        assertThrows(IllegalStateException.class, () -> nodeB.pendingLogins().put(second, TTL));
        clock.advance(TTL);
        nodeB.pendingLogins().put(second, TTL);
        assertEquals(Optional.of(second), nodeA.pendingLogins().take(relayState));
    }

    @Test
    @DisplayName("BND-4 a RelayState over the storable length or a non-positive ttl is refused on put")
    void putWhenKeyTooLongOrTtlNotPositiveThenRefused() {
        PendingLogin tooLong = PendingLogins.full("r".repeat(RelayStateKeys.MAX_LENGTH + 1));
        PendingLogin ok = PendingLogins.full(PendingLogins.relayState());

        assertThrows(IllegalArgumentException.class, () -> nodeA.pendingLogins().put(tooLong, TTL));
        assertThrows(IllegalArgumentException.class, () -> nodeA.pendingLogins().put(ok, Duration.ZERO));
        assertEquals(Optional.empty(), nodeA.pendingLogins().take(ok.relayState()));
    }

    @Test
    @DisplayName("RSP-11 an expiry already in the past still blocks an immediate replay")
    void firstSeenWithPastExpiryStillBlocksImmediateReplay() {
        Instant past = clock.instant().minusSeconds(30);

        assertTrue(nodeA.replayCache().firstSeen("assertion", "_late", past));
        assertFalse(nodeB.replayCache().firstSeen("assertion", "_late", past));
    }

    @Test
    @DisplayName("RSP-11 a malformed namespace or empty id is a programming error, not a silent pass")
    void firstSeenRejectsBadArguments() {
        Instant until = clock.instant().plus(TTL);

        assertThrows(IllegalArgumentException.class, () -> nodeA.replayCache().firstSeen("Response:x", "_id", until));
        assertThrows(IllegalArgumentException.class, () -> nodeA.replayCache().firstSeen("response", "", until));
    }

    // --- failure ------------------------------------------------------------------------------

    @Test
    @DisplayName("RSP-11 an unreachable store fails closed with STATE_UNAVAILABLE on every operation")
    void unreachableStoreFailsClosed() {
        StateStores dead = track(openUnreachable());
        PendingLogin pending = PendingLogins.full(PendingLogins.relayState());
        Instant until = Instant.now().plus(TTL);

        assertStateUnavailable(() -> dead.pendingLogins().put(pending, TTL));
        assertStateUnavailable(() -> dead.pendingLogins().take(pending.relayState()));
        assertStateUnavailable(() -> dead.replayCache().firstSeen("response", "_id", until));
    }
}
