package es.clave.sp.request;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.logout.LogoutStart;

/** Builds, signs and encodes LogoutRequests (LGO-1). Internal: use {@link es.clave.sp.ClaveServiceProvider}. */
public final class LogoutRequestFactory {
    private final ClaveSpConfig config;

    public LogoutRequestFactory(ClaveSpConfig config) {
        this.config = config;
    }

    public LogoutStart create(String returnTo) {
        throw new UnsupportedOperationException("issue 2");
    }
}
