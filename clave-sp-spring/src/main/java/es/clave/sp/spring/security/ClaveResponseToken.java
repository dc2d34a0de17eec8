package es.clave.sp.spring.security;

import es.clave.sp.login.ClientInfo;
import es.clave.sp.login.PendingLogin;
import org.springframework.security.authentication.AbstractAuthenticationToken;

import java.io.Serial;
import java.util.List;

/**
 * An unauthenticated request to finish a Cl@ve login: what the ACS received plus the pending
 * login found for it. {@link ClaveAuthenticationProvider} turns it into a
 * {@link ClaveAuthenticationToken} or a {@link ClaveLoginFailedException}.
 */
public class ClaveResponseToken extends AbstractAuthenticationToken {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient String samlResponse;
    private final String relayState;
    private final PendingLogin pending;
    private final ClientInfo clientInfo;

    /**
     * @param samlResponse the posted Base64 {@code SAMLResponse}, or null when absent
     * @param relayState   the posted {@code RelayState}, or null
     * @param pending      the pending login consumed for that RelayState, or null when none matched
     * @param clientInfo   client address and reception time
     */
    public ClaveResponseToken(String samlResponse, String relayState, PendingLogin pending, ClientInfo clientInfo) {
        super(List.of());
        this.samlResponse = samlResponse;
        this.relayState = relayState;
        this.pending = pending;
        this.clientInfo = clientInfo;
        setAuthenticated(false);
    }

    /** @return the posted {@code SAMLResponse} */
    public String getSamlResponse() {
        return samlResponse;
    }

    /** @return the posted {@code RelayState} */
    public String getRelayState() {
        return relayState;
    }

    /** @return the pending login found for the RelayState, or null */
    public PendingLogin getPending() {
        return pending;
    }

    /** @return client address and reception time */
    public ClientInfo getClientInfo() {
        return clientInfo;
    }

    /** @return the SAML response: the only thing that proves anything here */
    @Override
    public Object getCredentials() {
        return samlResponse;
    }

    /** @return the RelayState, the only name this request has before validation */
    @Override
    public Object getPrincipal() {
        return relayState;
    }
}
