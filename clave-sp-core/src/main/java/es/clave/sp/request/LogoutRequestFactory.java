package es.clave.sp.request;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.login.PostForm;
import es.clave.sp.logout.LogoutStart;
import es.clave.sp.logout.PendingLogout;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds, signs and encodes LogoutRequests (LGO-1) and their {@code logoutRequest} form (BND-3).
 * Thread-safe. Internal: use {@link es.clave.sp.ClaveServiceProvider}.
 */
public final class LogoutRequestFactory {

    /** Form field carrying the LogoutRequest; Cl@ve's own name, not the SAML binding's (BND-3). */
    public static final String LOGOUT_REQUEST_FIELD = "logoutRequest";

    private final ClaveSpConfig config;
    private final Clock clock;
    private final LogoutRequestRenderer renderer;
    private final EnvelopedSigner signer;
    private final SecureTokens tokens = new SecureTokens();

    /** @param config a validated configuration */
    public LogoutRequestFactory(ClaveSpConfig config) {
        this(config, Clock.systemUTC());
    }

    /**
     * @param config a validated configuration
     * @param clock  the clock IssueInstant is read from
     */
    public LogoutRequestFactory(ClaveSpConfig config, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.renderer = new LogoutRequestRenderer(config);
        this.signer = new EnvelopedSigner(config);
    }

    /**
     * Builds and signs one LogoutRequest.
     *
     * @param returnTo where the adapter sends the user afterwards, or null
     * @return the pending logout to keep and the form to post
     */
    public LogoutStart create(String returnTo) {
        String id = tokens.newId();
        String relayState = tokens.newRelayState();
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        byte[] xml = signer.sign(renderer.render(id, issuedAt));

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(LOGOUT_REQUEST_FIELD, Base64.getEncoder().encodeToString(xml));
        fields.put(LoginRequestFactory.RELAY_STATE_FIELD, relayState);
        return new LogoutStart(new PendingLogout(id, relayState, issuedAt, returnTo),
                new PostForm(config.gatewayEndpoint(), fields));
    }
}
