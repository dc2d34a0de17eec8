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
import es.clave.sp.trust.FeedTrustSource;
import es.clave.sp.trust.TrustedCertificateSource;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The Cl@ve 2.0 Service Provider: builds requests and validates answers. Thread-safe; create one
 * per configuration and share it.
 * <p>
 * It owns its background work: when the configuration enables the certificate feed
 * ({@link ClaveSpConfig#trustFeed()}), creating the SP starts the feed's refresh thread and
 * {@link #close()} stops it. Close the SP when the application stops (the servlet filter and the
 * Spring auto-configuration do); the replay cache and other stores passed in stay the caller's.
 */
public final class ClaveServiceProvider implements AutoCloseable {

    private final ClaveSpConfig config;
    private final FeedTrustSource feed;
    private final TrustedCertificateSource trust;
    private final LoginRequestFactory loginRequests;
    private final LogoutRequestFactory logoutRequests;
    private final LoginResponseProcessor loginResponses;
    private final LogoutResponseProcessor logoutResponses;
    private final AuditPublisher audit;

    private ClaveServiceProvider(ClaveSpConfig config, ReplayCache replayCache) {
        this.config = config;
        // constructed here (reads the feed's cache file) but started last, once nothing else can fail
        this.feed = config.trustFeed().map(s -> new FeedTrustSource(s, Clock.systemUTC())).orElse(null);
        this.trust = feed == null ? config.trustSource() : TrustedCertificateSource.composite(config.trustSource(), feed);
        this.loginRequests = new LoginRequestFactory(config);
        this.logoutRequests = new LogoutRequestFactory(config);
        this.loginResponses = new LoginResponseProcessor(config, trust, replayCache);
        this.logoutResponses = new LogoutResponseProcessor(config, trust, replayCache);
        this.audit = new AuditPublisher(config.auditListeners().isEmpty() ? List.of(new Slf4jAuditListener())
                : config.auditListeners(), config.maskIdentifiers(), Clock.systemUTC());
        if (feed != null) {
            feed.start();
        }
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
     * @return the Cl@ve certificates this SP trusts on each validation: the configuration's
     *         {@link ClaveSpConfig#trustSource()} plus, when enabled, the certificate feed it runs
     */
    public TrustedCertificateSource trustSource() {
        return trust;
    }

    /**
     * @return the certificate feed this SP runs, when the configuration enables one: for an operator's
     *         {@code refresh()} or a health page's {@code lastResult()}; closed with the SP
     */
    public Optional<FeedTrustSource> trustFeed() {
        return Optional.ofNullable(feed);
    }

    /**
     * Stops the background work this SP started (the certificate feed's refresh thread). Idempotent.
     * Logins still validate afterwards against the certificates already trusted, but the feed no longer
     * refreshes; the replay cache passed to {@link #create(ClaveSpConfig, ReplayCache)} is not closed.
     */
    @Override
    public void close() {
        if (feed != null) {
            feed.close();
        }
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
