package es.clave.sp.response;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.login.ClientInfo;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.state.ReplayCache;

/** Validates a posted SAMLResponse (RSP-1 … RSP-12). Internal: use {@link es.clave.sp.ClaveServiceProvider}. */
public final class LoginResponseProcessor {
    private final ClaveSpConfig config;
    private final ReplayCache replayCache;

    public LoginResponseProcessor(ClaveSpConfig config, ReplayCache replayCache) {
        this.config = config;
        this.replayCache = replayCache;
    }

    public ClaveIdentity process(String samlResponse, String relayState, PendingLogin pending, ClientInfo clientInfo) {
        throw new UnsupportedOperationException("issue 3");
    }
}
