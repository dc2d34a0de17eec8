package es.clave.sp.logout;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * What the SP keeps between {@code startLogout} and {@code finishLogout}.
 *
 * @param requestId  the LogoutRequest ID; the answer's InResponseTo must equal it (LGO-2)
 * @param relayState the RelayState sent with the request
 * @param issuedAt   the LogoutRequest IssueInstant
 * @param returnTo   where the adapter sends the user afterwards (same-origin relative path), or null
 */
public record PendingLogout(String requestId, String relayState, Instant issuedAt, String returnTo)
        implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
}
