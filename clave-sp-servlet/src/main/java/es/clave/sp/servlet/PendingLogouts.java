package es.clave.sp.servlet;

import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.logout.PendingLogout;
import es.clave.sp.state.PendingLoginStore;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps pending logouts in the configured {@link PendingLoginStore}, so they live where pending
 * logins do (shared by every node, consumed once) and not in the HTTP session, which is already
 * ended (LGO-3) and whose Lax cookie does not come back on the gateway's cross-site POST. Entries
 * are keyed by a prefixed RelayState, so a logout's RelayState never finds a login and vice versa.
 * Public so the Spring adapter keeps logouts the same way.
 */
public final class PendingLogouts {

    private static final String KEY_PREFIX = "logout:";

    private final PendingLoginStore store;

    /** @param store the pending-login store that also keeps pending logouts */
    public PendingLogouts(PendingLoginStore store) {
        this.store = store;
    }

    /** Stores {@code pending}, bound to the browser by {@code binding}, for at most {@code ttl}. */
    public void put(PendingLogout pending, String binding, Duration ttl) {
        store.put(new PendingLogin(pending.requestId(), KEY_PREFIX + pending.relayState(), LevelOfAssurance.LOW,
                Set.of(), false, pending.issuedAt(), pending.returnTo(), binding), ttl);
    }

    /** @return the pending logout and its browser binding, consumed; empty when unknown or already taken */
    public Optional<Entry> take(String relayState) {
        if (relayState == null || relayState.isEmpty()) {
            return Optional.empty();
        }
        return store.take(KEY_PREFIX + relayState).map(p -> new Entry(
                new PendingLogout(p.requestId(), relayState, p.issuedAt(), p.returnTo()), p.browserBinding()));
    }

    /** @return whether {@code relayState} is a key this class made, which a login must never consume */
    public static boolean isLogoutKey(String relayState) {
        return relayState != null && relayState.startsWith(KEY_PREFIX);
    }

    /**
     * A pending logout with the browser binding it was stored with.
     *
     * @param pending        the pending logout
     * @param browserBinding the binding stored with it (SEC-H2)
     */
    public record Entry(PendingLogout pending, String browserBinding) {
    }
}
