package es.clave.sp.servlet.security;

import es.clave.sp.login.PendingLogin;
import es.clave.sp.state.PendingLoginStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Stores a login being started as one of the logins pending in this browser: bound to it (SEC-H2),
 * next to the others it has started, and at most {@value BindingCookieValue#MAX_PENDING} of them, so
 * a page or a script that keeps starting logins fills neither the cookie nor the store.
 */
public final class BrowserLogins {

    private static final Logger LOG = LoggerFactory.getLogger(BrowserLogins.class);

    private BrowserLogins() {
    }

    /**
     * Binds {@code pending} to the browser of {@code request}, stores it for {@code ttl}, and removes
     * the browser's oldest pending login when it no longer fits the bound.
     *
     * @throws es.clave.sp.error.ClaveAuthenticationException with {@code STATE_UNAVAILABLE} when the store cannot keep the login
     */
    public static void store(BrowserBinding binding, PendingLoginStore store, PendingLogin pending, Duration ttl,
                             HttpServletRequest request, HttpServletResponse response) {
        BrowserBinding.LoginBinding bound = binding.bindLogin(request, response, pending.relayState());
        store.put(pending.withBrowserBinding(bound.browserBinding()), ttl);
        for (String relayState : bound.displaced()) {
            try {
                store.take(relayState);
            } catch (RuntimeException e) {
                // the new login is stored; the displaced one only lingers until its time-to-live ends
                LOG.warn("Cl@ve: a displaced pending login could not be removed; it expires on its own: {}", e.toString());
            }
        }
    }
}
