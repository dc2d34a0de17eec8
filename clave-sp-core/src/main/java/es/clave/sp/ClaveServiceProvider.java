package es.clave.sp;

import es.clave.sp.audit.AuditPublisher;
import es.clave.sp.audit.CorrelationId;
import es.clave.sp.audit.Slf4jAuditListener;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.login.ClientInfo;
import es.clave.sp.login.LoginOptions;
import es.clave.sp.login.LoginStart;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.logout.LogoutStart;
import es.clave.sp.logout.PendingLogout;
import es.clave.sp.request.LoginRequestFactory;
import es.clave.sp.request.LogoutRequestFactory;
import es.clave.sp.response.LoginResponseProcessor;
import es.clave.sp.response.LogoutResponseProcessor;
import es.clave.sp.state.InMemoryReplayCache;
import es.clave.sp.state.ReplayCache;

import java.time.Clock;
import java.util.List;

/**
 * The Cl@ve 2.0 Service Provider: builds requests and validates answers. Thread-safe; create one
 * per configuration and share it.
 */
public final class ClaveServiceProvider {

    private final ClaveSpConfig config;
    private final LoginRequestFactory loginRequests;
    private final LogoutRequestFactory logoutRequests;
    private final LoginResponseProcessor loginResponses;
    private final LogoutResponseProcessor logoutResponses;
    private final AuditPublisher audit;

    private ClaveServiceProvider(ClaveSpConfig config, ReplayCache replayCache) {
        this.config = config;
        this.loginRequests = new LoginRequestFactory(config);
        this.logoutRequests = new LogoutRequestFactory(config);
        this.loginResponses = new LoginResponseProcessor(config, replayCache);
        this.logoutResponses = new LogoutResponseProcessor(config, replayCache);
        this.audit = new AuditPublisher(config.auditListeners().isEmpty() ? List.of(new Slf4jAuditListener())
                : config.auditListeners(), config.maskIdentifiers(), Clock.systemUTC());
    }

    /**
     * @return an SP for {@code config} with an in-memory replay cache: right for one node only; a
     *         deployment of several nodes must share one cache (see {@link #create(ClaveSpConfig, ReplayCache)})
     */
    public static ClaveServiceProvider create(ClaveSpConfig config) {
        return new ClaveServiceProvider(config, new InMemoryReplayCache());
    }

    /** @return an SP for {@code config} using {@code replayCache} for RSP-11 */
    public static ClaveServiceProvider create(ClaveSpConfig config, ReplayCache replayCache) {
        return new ClaveServiceProvider(config, replayCache);
    }

    /** @return the configuration this SP runs with */
    public ClaveSpConfig config() {
        return config;
    }

    /**
     * Builds and signs an AuthnRequest (REQ-1 … REQ-14) and its HTTP-POST form.
     *
     * @param options per-login choices; nulls fall back to the configuration
     * @return the pending login to store and the form to post
     */
    public LoginStart startLogin(LoginOptions options) {
        try (CorrelationId.Scope scope = CorrelationId.openIfAbsent()) {
            LoginStart start = loginRequests.create(options == null ? LoginOptions.defaults() : options);
            audit.loginStarted(start.pending());
            return start;
        }
    }

    /**
     * Validates a posted SAMLResponse against the pending login (RSP-1 … RSP-12).
     *
     * @param samlResponse the Base64 {@code SAMLResponse} field as posted
     * @param relayState   the posted {@code RelayState} field
     * @param pending      the pending login taken from the store for that RelayState, or null when none was found
     * @param clientInfo   transport facts (client address, reception time)
     * @return the validated identity
     * @throws es.clave.sp.error.ClaveAuthenticationException carrying the {@link es.clave.sp.error.ClaveError}
     */
    public ClaveIdentity finishLogin(String samlResponse, String relayState, PendingLogin pending,
                                     ClientInfo clientInfo) {
        try (CorrelationId.Scope scope = CorrelationId.openIfAbsent()) {
            ClaveIdentity identity;
            try {
                identity = loginResponses.process(samlResponse, relayState, pending, clientInfo);
            } catch (ClaveAuthenticationException e) {
                audit.loginFailed(pending, e.error(), e.getMessage());
                throw e;
            } catch (RuntimeException e) {
                audit.loginFailed(pending, ClaveError.INTERNAL_ERROR, e.toString());
                throw e;
            }
            audit.loginSucceeded(pending, identity);
            return identity;
        }
    }

    /**
     * Builds and signs a LogoutRequest (LGO-1) and its {@code logoutRequest} form.
     *
     * @param returnTo where the adapter sends the user afterwards, or null
     */
    public LogoutStart startLogout(String returnTo) {
        try (CorrelationId.Scope scope = CorrelationId.openIfAbsent()) {
            LogoutStart start = logoutRequests.create(returnTo);
            audit.logoutStarted(start.pending());
            return start;
        }
    }

    /**
     * Validates the gateway's LogoutResponse (LGO-2).
     *
     * @throws es.clave.sp.error.ClaveAuthenticationException when it is missing, invalid or not a success
     */
    public void finishLogout(String logoutResponse, String relayState, PendingLogout pending, ClientInfo clientInfo) {
        try (CorrelationId.Scope scope = CorrelationId.openIfAbsent()) {
            try {
                logoutResponses.process(logoutResponse, relayState, pending, clientInfo);
            } catch (ClaveAuthenticationException e) {
                audit.logoutFailed(pending, e.error(), e.getMessage());
                throw e;
            } catch (RuntimeException e) {
                audit.logoutFailed(pending, ClaveError.INTERNAL_ERROR, e.toString());
                throw e;
            }
            audit.logoutCompleted(pending);
        }
    }
}
