package es.clave.sp.login;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the SP must remember between {@code startLogin} and {@code finishLogin}: adapters store it
 * keyed by {@link #relayState()} (BND-4) and bound to the browser that started the login.
 *
 * @param requestId      the AuthnRequest ID; the response's InResponseTo must equal it (RSP-1, RSP-8)
 * @param relayState     the opaque RelayState token sent with the request and in its RelayState attribute
 * @param requestedLoa   the minimum LoA requested (RSP-9)
 * @param offeredMethods the methods offered to the citizen
 * @param forceAuthn     whether ForceAuthn was requested
 * @param issuedAt       the AuthnRequest IssueInstant (RSP-10)
 * @param returnTo       the same-origin relative path to return to after login, or null
 * @param browserBinding an adapter-chosen value binding this login to one browser (SEC-H2), or null
 */
public record PendingLogin(String requestId, String relayState, LevelOfAssurance requestedLoa,
                           Set<IdentificationMethod> offeredMethods, boolean forceAuthn, Instant issuedAt,
                           String returnTo, String browserBinding) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public PendingLogin {
        offeredMethods = offeredMethods.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(offeredMethods));
    }

    /** @return a copy bound to the browser identified by {@code binding} */
    public PendingLogin withBrowserBinding(String binding) {
        return new PendingLogin(requestId, relayState, requestedLoa, offeredMethods, forceAuthn, issuedAt,
                returnTo, binding);
    }
}
