package es.clave.sp.state;

import es.clave.sp.testing.MutableClock;

import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InMemoryPendingLoginStoreTest {
    private static final Duration TTL = Duration.ofMinutes(10);
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));

    private PendingLogin login(String relayState) {
        return new PendingLogin("_req-" + relayState, relayState, LevelOfAssurance.SUBSTANTIAL,
                EnumSet.of(IdentificationMethod.CERTIFICATE, IdentificationMethod.CLAVE_MOVIL), false,
                clock.instant(), "/home", "browser-1");
    }

    @Test
    @DisplayName("SEC-P10 a pending login is taken once; the second take finds nothing")
    void takeIsConsumeOnce() {
        InMemoryPendingLoginStore store = new InMemoryPendingLoginStore(10, clock);
        PendingLogin pending = login("rs1");
        store.put(pending, TTL);
        assertEquals(Optional.of(pending), store.take("rs1"));
        assertEquals(Optional.empty(), store.take("rs1"));
        assertEquals(0, store.size());
    }

    @Test
    @DisplayName("SEC-P10 an unknown or null RelayState finds nothing")
    void unknownRelayState() {
        InMemoryPendingLoginStore store = new InMemoryPendingLoginStore(10, clock);
        store.put(login("rs1"), TTL);
        assertEquals(Optional.empty(), store.take("rs2"));
        assertEquals(Optional.empty(), store.take(null));
    }

    @Test
    @DisplayName("SEC-P10 a pending login expires after the ttl given to put")
    void expiresAfterTtl() {
        InMemoryPendingLoginStore store = new InMemoryPendingLoginStore(10, clock);
        store.put(login("a"), TTL);
        store.put(login("b"), TTL);
        clock.advance(TTL.minusMillis(1));
        assertTrue(store.take("a").isPresent());
        clock.advance(Duration.ofMillis(1));
        assertEquals(Optional.empty(), store.take("b"));
        assertEquals(0, store.size());
    }

    @Test
    @DisplayName("SEC-P10 each entry keeps its own ttl")
    void ttlPerEntry() {
        InMemoryPendingLoginStore store = new InMemoryPendingLoginStore(10, clock);
        store.put(login("short"), Duration.ofMinutes(1));
        store.put(login("long"), Duration.ofMinutes(30));
        clock.advance(Duration.ofMinutes(5));
        assertEquals(Optional.empty(), store.take("short"));
        assertTrue(store.take("long").isPresent());
    }

    @Test
    @DisplayName("a full store evicts the oldest pending login and keeps its bound")
    void fullStoreEvictsOldest() {
        InMemoryPendingLoginStore store = new InMemoryPendingLoginStore(3, clock);
        store.put(login("1"), TTL);
        store.put(login("2"), TTL);
        store.put(login("3"), TTL);
        store.put(login("4"), TTL);
        assertEquals(3, store.size());
        assertEquals(Optional.empty(), store.take("1"));
        assertTrue(store.take("2").isPresent());
        assertTrue(store.take("3").isPresent());
        assertTrue(store.take("4").isPresent());
    }

    @Test
    @DisplayName("eviction skips logins already taken: the oldest live one goes")
    void evictionSkipsTaken() {
        InMemoryPendingLoginStore store = new InMemoryPendingLoginStore(2, clock);
        store.put(login("1"), TTL);
        store.put(login("2"), TTL);
        store.take("1");
        store.put(login("3"), TTL);
        store.put(login("4"), TTL);
        assertEquals(Optional.empty(), store.take("2"));
        assertTrue(store.take("3").isPresent());
        assertTrue(store.take("4").isPresent());
    }

    @Test
    @DisplayName("a second put with the same RelayState replaces the first and uses one slot")
    void putReplaces() {
        InMemoryPendingLoginStore store = new InMemoryPendingLoginStore(10, clock);
        store.put(login("rs"), TTL);
        PendingLogin second = login("rs").withBrowserBinding("browser-2");
        store.put(second, TTL);
        assertEquals(1, store.size());
        assertEquals(Optional.of(second), store.take("rs"));
    }

    @Test
    @DisplayName("expired logins are swept during normal writes")
    void periodicSweep() {
        InMemoryPendingLoginStore store = new InMemoryPendingLoginStore(100_000, clock);
        for (int i = 0; i < InMemoryPendingLoginStore.SWEEP_INTERVAL - 1; i++) {
            store.put(login("old" + i), Duration.ofSeconds(1));
        }
        clock.advance(Duration.ofSeconds(2));
        store.put(login("trigger"), TTL);
        assertEquals(1, store.size());
    }

    @Test
    @Tag(ConcurrentRace.TAG)
    @DisplayName("SEC-H4 of 64 concurrent takes of one pending login exactly one gets it")
    void concurrentTakeHasOneWinner() throws Exception {
        InMemoryPendingLoginStore store = new InMemoryPendingLoginStore(100, clock);
        for (int round = 0; round < 20; round++) {
            String rs = "race" + round;
            store.put(login(rs), TTL);
            List<Optional<PendingLogin>> results = ConcurrentRace.run(64, () -> store.take(rs));
            assertEquals(1, results.stream().filter(Optional::isPresent).count(), "round " + round);
        }
    }

    @Test
    @Tag(ConcurrentRace.TAG)
    @DisplayName("concurrent puts beyond the bound evict instead of growing")
    void concurrentPutsRespectBound() throws Exception {
        InMemoryPendingLoginStore store = new InMemoryPendingLoginStore(20, clock);
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        ConcurrentRace.run(64, () -> {
            store.put(login("p" + next.incrementAndGet()), TTL);
            return null;
        });
        assertEquals(20, store.size());
        int live = 0;
        for (int i = 1; i <= 64; i++) {
            if (store.take("p" + i).isPresent()) {
                live++;
            }
        }
        assertEquals(20, live);
    }

    @Test
    @DisplayName("invalid arguments are refused with a clear error")
    void invalidArguments() {
        InMemoryPendingLoginStore store = new InMemoryPendingLoginStore(10, clock);
        assertThrows(IllegalArgumentException.class, () -> store.put(login("a"), Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> store.put(login("a"), Duration.ofSeconds(-1)));
        assertThrows(NullPointerException.class, () -> store.put(null, TTL));
        assertThrows(NullPointerException.class, () -> store.put(login("a"), null));
        assertThrows(IllegalArgumentException.class, () -> new InMemoryPendingLoginStore(0, clock));
    }
}
