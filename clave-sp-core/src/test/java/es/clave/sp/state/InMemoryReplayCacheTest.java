package es.clave.sp.state;

import es.clave.sp.testing.MutableClock;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InMemoryReplayCacheTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));

    private Instant in(Duration d) {
        return clock.instant().plus(d);
    }

    @Test
    @DisplayName("RSP-11 an id is first seen once; the second sighting is a replay")
    void secondSightingIsReplay() {
        InMemoryReplayCache cache = new InMemoryReplayCache(10, clock);
        assertTrue(cache.firstSeen("response", "_a", in(Duration.ofMinutes(5))));
        assertFalse(cache.firstSeen("response", "_a", in(Duration.ofMinutes(5))));
    }

    @Test
    @DisplayName("RSP-11 namespaces are separate: a response id equal to an assertion id is not a replay")
    void namespacesAreSeparate() {
        InMemoryReplayCache cache = new InMemoryReplayCache(10, clock);
        assertTrue(cache.firstSeen("response", "_a", in(Duration.ofMinutes(5))));
        assertTrue(cache.firstSeen("assertion", "_a", in(Duration.ofMinutes(5))));
    }

    @Test
    @DisplayName("RSP-11 an id is remembered until expiresAt and forgotten from then on")
    void expiresAtExpiresAt() {
        InMemoryReplayCache cache = new InMemoryReplayCache(10, clock);
        cache.firstSeen("response", "_a", in(Duration.ofMinutes(5)));
        clock.advance(Duration.ofMinutes(5).minusMillis(1));
        assertFalse(cache.firstSeen("response", "_a", in(Duration.ofMinutes(5))));
        clock.advance(Duration.ofMillis(1));
        assertTrue(cache.firstSeen("response", "_a", in(Duration.ofMinutes(5))));
    }

    @Test
    @DisplayName("RSP-11 a replay does not extend the original expiry")
    void replayDoesNotExtend() {
        InMemoryReplayCache cache = new InMemoryReplayCache(10, clock);
        cache.firstSeen("response", "_a", in(Duration.ofMinutes(1)));
        assertFalse(cache.firstSeen("response", "_a", in(Duration.ofHours(1))));
        clock.advance(Duration.ofMinutes(1));
        assertTrue(cache.firstSeen("response", "_a", in(Duration.ofMinutes(1))));
    }

    @Test
    @DisplayName("SEC-P2 a full cache fails closed with STATE_UNAVAILABLE instead of forgetting unexpired ids")
    void fullCacheFailsClosed() {
        InMemoryReplayCache cache = new InMemoryReplayCache(3, clock);
        for (int i = 0; i < 3; i++) {
            assertTrue(cache.firstSeen("response", "_" + i, in(Duration.ofMinutes(5))));
        }
        ClaveAuthenticationException e = assertThrows(ClaveAuthenticationException.class,
                () -> cache.firstSeen("response", "_new", in(Duration.ofMinutes(5))));
        assertEquals(ClaveError.STATE_UNAVAILABLE, e.error());
        // the remembered ids are still replays
        for (int i = 0; i < 3; i++) {
            assertFalse(cache.firstSeen("response", "_" + i, in(Duration.ofMinutes(5))));
        }
    }

    @Test
    @DisplayName("RSP-11 a full cache makes room by sweeping expired ids")
    void fullCacheSweepsExpired() {
        InMemoryReplayCache cache = new InMemoryReplayCache(3, clock);
        cache.firstSeen("response", "_short", in(Duration.ofMinutes(1)));
        cache.firstSeen("response", "_long1", in(Duration.ofMinutes(10)));
        cache.firstSeen("response", "_long2", in(Duration.ofMinutes(10)));
        clock.advance(Duration.ofMinutes(2));
        assertTrue(cache.firstSeen("response", "_new", in(Duration.ofMinutes(5))));
        assertEquals(3, cache.size());
        assertFalse(cache.firstSeen("response", "_long1", in(Duration.ofMinutes(5))));
    }

    @Test
    @DisplayName("RSP-11 expired ids are swept during normal writes, keeping the size down")
    void periodicSweep() {
        InMemoryReplayCache cache = new InMemoryReplayCache(100_000, clock);
        for (int i = 0; i < InMemoryReplayCache.SWEEP_INTERVAL - 1; i++) {
            cache.firstSeen("response", "_old" + i, in(Duration.ofSeconds(1)));
        }
        clock.advance(Duration.ofSeconds(2));
        cache.firstSeen("response", "_trigger", in(Duration.ofMinutes(5)));
        assertEquals(1, cache.size());
    }

    @Test
    @Tag(ConcurrentRace.TAG)
    @DisplayName("SEC-P2 of 64 concurrent sightings of one id exactly one is first")
    void concurrentFirstSeenHasOneWinner() throws Exception {
        InMemoryReplayCache cache = new InMemoryReplayCache(1000, clock);
        for (int round = 0; round < 20; round++) {
            String id = "_race" + round;
            List<Boolean> results = ConcurrentRace.run(64, () -> cache.firstSeen("assertion", id, in(Duration.ofMinutes(5))));
            assertEquals(1, results.stream().filter(b -> b).count(), "round " + round);
        }
    }

    @Test
    @Tag(ConcurrentRace.TAG)
    @DisplayName("SEC-P2 concurrent distinct ids never push the cache over its bound")
    void concurrentWritesRespectBound() throws Exception {
        InMemoryReplayCache cache = new InMemoryReplayCache(50, clock);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        List<String> outcomes = ConcurrentRace.run(64, () -> {
            try {
                return cache.firstSeen("response", "_" + next.incrementAndGet(), in(Duration.ofMinutes(5))) ? "first" : "replay";
            } catch (ClaveAuthenticationException e) {
                return e.error().name();
            }
        });
        assertEquals(50, outcomes.stream().filter("first"::equals).count());
        assertEquals(14, outcomes.stream().filter("STATE_UNAVAILABLE"::equals).count());
        assertEquals(50, cache.size());
    }

    @Test
    @DisplayName("RSP-11 invalid arguments are refused")
    void invalidArguments() {
        InMemoryReplayCache cache = new InMemoryReplayCache(10, clock);
        assertThrows(NullPointerException.class, () -> cache.firstSeen(null, "_a", in(Duration.ofMinutes(1))));
        assertThrows(NullPointerException.class, () -> cache.firstSeen("response", null, in(Duration.ofMinutes(1))));
        assertThrows(NullPointerException.class, () -> cache.firstSeen("response", "_a", null));
        assertThrows(IllegalArgumentException.class, () -> new InMemoryReplayCache(0, clock));
    }
}
