package es.clave.sp.response;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.login.ClientInfo;
import es.clave.sp.logout.PendingLogout;

/** Validates the gateway's LogoutResponse (LGO-2). Internal: use {@link es.clave.sp.ClaveServiceProvider}. */
public final class LogoutResponseProcessor {
    private final ClaveSpConfig config;

    public LogoutResponseProcessor(ClaveSpConfig config) {
        this.config = config;
    }

    public void process(String logoutResponse, String relayState, PendingLogout pending, ClientInfo clientInfo) {
        throw new UnsupportedOperationException("issue 3");
    }
}
