package es.clave.sp.state;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.testing.MutableClock;
import es.clave.sp.state.testing.PendingLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link PendingLoginStore} and {@link ReplayCache} must do, run once per engine by a
 * subclass. "Nodes" are separate {@link StateStores} instances (own clients / connections) on the
 * same engine, as two SP nodes behind a balancer would be.
 */
public abstract class StateStoreContract {

    /** Concurrent callers in the race tests. */
    protected static final int RACERS = 50;
    /** Races per test: the first also opens the connections, later ones start from warm pools. */
    protected static final int ROUNDS = 10;
    protected static final Duration TTL = Duration.ofMinutes(10);

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final List<StateStores> opened = new ArrayList<>();
    protected StateStores nodeA;
    protected StateStores nodeB;

    /** @return a new node on this test's shared engine, using {@code clock} for expiry */
    protected abstract StateStores openNode(MutableClock clock);

    @BeforeEach
    void openNodes() {
        nodeA = track(openNode(clock));
        nodeB = track(openNode(clock));
    }

    @AfterEach
    void closeNodes() {
        opened.forEach(StateStores::close);
    }

    protected StateStores track(StateStores stores) {
        opened.add(stores);
        return stores;
    }

    // --- pending logins --------------------------------------------------------------------

    @Test
    @DisplayName("RSP-11 a pending login put on node A is taken on node B with every field intact")
    void takeOnOtherNodeReturnsWhatWasPut() {
        PendingLogin full = PendingLogins.full(PendingLogins.relayState());
        PendingLogin minimal = PendingLogins.minimal(PendingLogins.relayState());
        nodeA.pendingLogins().put(full, TTL);
        nodeA.pendingLogins().put(minimal, TTL);

        assertEquals(Optional.of(full), nodeB.pendingLogins().take(full.relayState()));
        assertEquals(Optional.of(minimal), nodeB.pendingLogins().take(minimal.relayState()));
    }

    @Test
    @DisplayName("SEC-P10 a pending login is consumed once: the second take, on any node, finds nothing")
    void takeIsConsumeOnce() {
        PendingLogin pending = PendingLogins.full(PendingLogins.relayState());
        nodeA.pendingLogins().put(pending, TTL);

        assertTrue(nodeA.pendingLogins().take(pending.relayState()).isPresent());
        assertEquals(Optional.empty(), nodeA.pendingLogins().take(pending.relayState()));
        assertEquals(Optional.empty(), nodeB.pendingLogins().take(pending.relayState()));
    }

    @Test
    @DisplayName("SEC-P10 an unknown or oversized RelayState finds nothing")
    void takeWhenUnknownThenEmpty() {
        assertEquals(Optional.empty(), nodeA.pendingLogins().take(PendingLogins.relayState()));
        assertEquals(Optional.empty(), nodeA.pendingLogins().take("x".repeat(RelayStateKeys.MAX_LENGTH + 1)));
        assertEquals(Optional.empty(), nodeA.pendingLogins().take(""));
    }

    @Test
    @DisplayName("RSP-10 a pending login past its ttl is not returned")
    void takeWhenExpiredThenEmpty() {
        PendingLogin pending = PendingLogins.full(PendingLogins.relayState());
        nodeA.pendingLogins().put(pending, TTL);
        clock.advance(TTL);

        assertEquals(Optional.empty(), nodeB.pendingLogins().take(pending.relayState()));
    }

    @Test
    @DisplayName("RSP-10 a pending login just before its ttl ends is still returned")
    void takeJustBeforeExpiryReturnsIt() {
        PendingLogin pending = PendingLogins.full(PendingLogins.relayState());
        nodeA.pendingLogins().put(pending, TTL);
        clock.advance(TTL.minusMillis(1));

        assertEquals(Optional.of(pending), nodeB.pendingLogins().take(pending.relayState()));
    }

    @Test
    @Tag(ConcurrentRace.TAG)
    @DisplayName("SEC-P2 50 concurrent takes of one pending login on two nodes: exactly one gets it (each of several rounds)")
    void concurrentTakesHaveOneWinner() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            PendingLogin pending = PendingLogins.full(PendingLogins.relayState());
            nodeA.pendingLogins().put(pending, TTL);

            List<Optional<PendingLogin>> results = race(i ->
                    (i % 2 == 0 ? nodeA : nodeB).pendingLogins().take(pending.relayState()));

            List<PendingLogin> winners = results.stream().flatMap(Optional::stream).toList();
            assertEquals(List.of(pending), winners, "round " + round);
        }
    }

    // --- replay cache -----------------------------------------------------------------------

    @Test
    @DisplayName("RSP-11 an id is first seen once; the same id on the other node is a replay")
    void firstSeenThenReplayOnOtherNode() {
        Instant until = clock.instant().plus(TTL);

        assertTrue(nodeA.replayCache().firstSeen("response", "_id-1", until));
        assertFalse(nodeA.replayCache().firstSeen("response", "_id-1", until));
        assertFalse(nodeB.replayCache().firstSeen("response", "_id-1", until));
    }

    @Test
    @DisplayName("RSP-11 ids are unique per namespace: a response id does not mark the assertion id")
    void namespacesAreSeparate() {
        Instant until = clock.instant().plus(TTL);

        assertTrue(nodeA.replayCache().firstSeen("response", "_same", until));
        assertTrue(nodeB.replayCache().firstSeen("assertion", "_same", until));
        assertFalse(nodeB.replayCache().firstSeen("assertion", "_same", until));
    }

    @Test
    @DisplayName("RSP-11 ids of any length and content are recorded (stored hashed)")
    void oddIdsAreRecorded() {
        Instant until = clock.instant().plus(TTL);
        String longId = "_" + "x".repeat(10_000);
        String oddId = "a:b\n\u0000'; DROP TABLE clave_replay; --é";

        assertTrue(nodeA.replayCache().firstSeen("response", longId, until));
        assertFalse(nodeB.replayCache().firstSeen("response", longId, until));
        assertTrue(nodeA.replayCache().firstSeen("response", oddId, until));
        assertFalse(nodeB.replayCache().firstSeen("response", oddId, until));
    }

    @Test
    @DisplayName("RSP-11 an id is remembered until its expiry and may be forgotten after it")
    void firstSeenAfterExpiryIsNewAgain() {
        Instant until = clock.instant().plus(TTL);
        assertTrue(nodeA.replayCache().firstSeen("response", "_exp", until));

        clock.advance(TTL.minusMillis(1));
        assertFalse(nodeB.replayCache().firstSeen("response", "_exp", until));
        clock.advance(Duration.ofMillis(1));
        assertTrue(nodeB.replayCache().firstSeen("response", "_exp", clock.instant().plus(TTL)));
        assertFalse(nodeA.replayCache().firstSeen("response", "_exp", clock.instant().plus(TTL)));
    }

    @Test
    @Tag(ConcurrentRace.TAG)
    @DisplayName("SEC-P2 50 concurrent first sightings of one id on two nodes: exactly one is first (each of several rounds)")
    void concurrentFirstSeenHasOneWinner() throws Exception {
        Instant until = clock.instant().plus(TTL);
        for (int round = 0; round < ROUNDS; round++) {
            String id = "_raced-" + round;

            List<Boolean> results = race(i -> (i % 2 == 0 ? nodeA : nodeB).replayCache().firstSeen("response", id, until));

            assertEquals(1, results.stream().filter(Boolean::booleanValue).count(), "round " + round);
        }
    }

    protected static void assertStateUnavailable(Executable call) {
        ClaveAuthenticationException e = assertThrows(ClaveAuthenticationException.class, call);
        assertEquals(ClaveError.STATE_UNAVAILABLE, e.error());
    }

    /** A call made by racer {@code i}. */
    @FunctionalInterface
    protected interface Racer<T> {
        T call(int i) throws Exception;
    }

    /** Runs {@link #RACERS} calls released at the same moment and returns their results. */
    protected static <T> List<T> race(Racer<T> racer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch ready = new CountDownLatch(RACERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                int index = i;
                Callable<T> task = () -> {
                    ready.countDown();
                    go.await();
                    return racer.call(index);
                };
                futures.add(pool.submit(task));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
