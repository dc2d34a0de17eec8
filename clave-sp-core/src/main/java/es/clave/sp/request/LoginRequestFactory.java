package es.clave.sp.request;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.login.LoginOptions;
import es.clave.sp.login.LoginStart;

/** Builds, signs and encodes AuthnRequests (REQ-1 … REQ-14). Internal: use {@link es.clave.sp.ClaveServiceProvider}. */
public final class LoginRequestFactory {
    private final ClaveSpConfig config;

    public LoginRequestFactory(ClaveSpConfig config) {
        this.config = config;
    }

    public LoginStart create(LoginOptions options) {
        throw new UnsupportedOperationException("issue 2");
    }
}
