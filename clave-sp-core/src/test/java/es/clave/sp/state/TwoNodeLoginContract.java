package es.clave.sp.state;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.LoginOptions;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.testing.saml.ClaveResponseBuilder;
import es.clave.sp.testing.saml.ResponseTestSetup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Two SP "nodes" behind a balancer: two {@link ClaveServiceProvider}s with the same configuration,
 * each with its own {@link StateStores} instance on one shared engine (RSP-11, SEC-P2). The
 * adapter's part (store the pending login, take it at the ACS) is played by the test.
 */
public abstract class TwoNodeLoginContract {

    private static final int RACERS = StateStoreContract.RACERS;
    private static final Duration PENDING_TTL = Duration.ofMinutes(15);

    private final ClaveSpConfig config = ResponseTestSetup.config();
    private final List<StateStores> opened = new ArrayList<>();
    private Node nodeA;
    private Node nodeB;

    /** One SP node: its provider and its own connection to the shared stores. */
    private record Node(ClaveServiceProvider sp, StateStores stores) {

        /** What the adapter does at the ACS: take the pending login, then finish the login. */
        ClaveIdentity acs(String samlResponse, String relayState) {
            Optional<PendingLogin> pending = stores.pendingLogins().take(relayState);
            return sp.finishLogin(samlResponse, relayState, pending.orElse(null), ResponseTestSetup.client(Instant.now()));
        }
    }

    /** @return a new node's stores on this test's shared engine (system clock) */
    protected abstract StateStores openStores();

    /** @return stores of this engine pointing at a closed loopback port */
    protected abstract StateStores openUnreachableStores();

    @BeforeEach
    void startNodes() {
        nodeA = node();
        nodeB = node();
    }

    @AfterEach
    void stopNodes() {
        opened.forEach(StateStores::close);
    }

    private Node node() {
        StateStores stores = openStores();
        opened.add(stores);
        return new Node(ClaveServiceProvider.create(config, stores.replayCache()), stores);
    }

    /** Starts a login on node A the way an adapter does and returns the gateway's answer to it. */
    private Login startOnA() {
        PendingLogin pending = nodeA.sp().startLogin(LoginOptions.defaults().withLevelOfAssurance(LevelOfAssurance.SUBSTANTIAL))
                .pending();
        nodeA.stores().pendingLogins().put(pending, PENDING_TTL);
        return new Login(pending, ClaveResponseBuilder.forLogin(pending, Instant.now()).buildBase64());
    }

    private record Login(PendingLogin pending, String samlResponse) {
    }

    @Test
    @DisplayName("RSP-11 a login started on node A completes on node B")
    void loginStartedOnOneNodeCompletesOnTheOther() {
        Login login = startOnA();

        ClaveIdentity identity = nodeB.acs(login.samlResponse(), login.pending().relayState());

        assertEquals("12345678Z", identity.getName());
    }

    @Test
    @DisplayName("SEC-P10 the response delivered again to the other node finds its pending login consumed")
    void responseDeliveredAgainToOtherNodeIsUnsolicited() {
        Login login = startOnA();
        nodeB.acs(login.samlResponse(), login.pending().relayState());

        ClaveAuthenticationException e = assertThrows(ClaveAuthenticationException.class,
                () -> nodeA.acs(login.samlResponse(), login.pending().relayState()));
        assertEquals(ClaveError.UNSOLICITED_RESPONSE, e.error());
    }

    @Test
    @DisplayName("SEC-P2 a response replayed to the other node is REPLAYED even when its pending login is presented again")
    void responseReplayedToOtherNodeIsReplayed() {
        Login login = startOnA();
        nodeB.acs(login.samlResponse(), login.pending().relayState());

        // the attacker gets past the pending-login check (e.g. a node that kept a copy): the shared cache still refuses
        ClaveAuthenticationException e = assertThrows(ClaveAuthenticationException.class,
                () -> nodeA.sp().finishLogin(login.samlResponse(), login.pending().relayState(), login.pending(),
                        ResponseTestSetup.client(Instant.now())));
        assertEquals(ClaveError.REPLAYED, e.error());
    }

    @Test
    @DisplayName("SEC-P2 50 concurrent deliveries of one response through both nodes' ACS: exactly one login")
    void concurrentDeliveriesThroughAcsHaveOneSuccess() throws Exception {
        Login login = startOnA();

        List<String> outcomes = StateStoreContract.race(i ->
                outcome(() -> (i % 2 == 0 ? nodeA : nodeB).acs(login.samlResponse(), login.pending().relayState())));

        assertEquals(Map.of("OK", 1L, ClaveError.UNSOLICITED_RESPONSE.name(), (long) RACERS - 1), tally(outcomes));
    }

    @Test
    @DisplayName("SEC-P2 50 concurrent deliveries of one response with its pending login on both nodes: one login, 49 REPLAYED")
    void concurrentDeliveriesWithPendingHaveOneSuccess() throws Exception {
        Login login = startOnA();

        List<String> outcomes = StateStoreContract.race(i -> outcome(() -> (i % 2 == 0 ? nodeA : nodeB).sp()
                .finishLogin(login.samlResponse(), login.pending().relayState(), login.pending(),
                        ResponseTestSetup.client(Instant.now()))));

        assertEquals(Map.of("OK", 1L, ClaveError.REPLAYED.name(), (long) RACERS - 1), tally(outcomes));
    }

    @Test
    @DisplayName("RSP-11 a node whose shared replay cache is down refuses a valid response with STATE_UNAVAILABLE")
    void nodeWithStoreDownFailsClosed() {
        Login login = startOnA();
        StateStores dead = openUnreachableStores();
        opened.add(dead);
        ClaveServiceProvider cutOff = ClaveServiceProvider.create(config, dead.replayCache());

        ClaveAuthenticationException e = assertThrows(ClaveAuthenticationException.class,
                () -> cutOff.finishLogin(login.samlResponse(), login.pending().relayState(), login.pending(),
                        ResponseTestSetup.client(Instant.now())));
        assertEquals(ClaveError.STATE_UNAVAILABLE, e.error());
    }

    private static String outcome(java.util.function.Supplier<ClaveIdentity> login) {
        try {
            login.get();
            return "OK";
        } catch (ClaveAuthenticationException e) {
            return e.error().name();
        }
    }

    private static Map<String, Long> tally(List<String> outcomes) {
        return outcomes.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
