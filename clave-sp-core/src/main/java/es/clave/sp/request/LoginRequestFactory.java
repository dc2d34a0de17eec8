package es.clave.sp.request;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.LoginOptions;
import es.clave.sp.login.LoginStart;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.login.PostForm;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds, signs and encodes AuthnRequests (REQ-1 … REQ-14) and their HTTP-POST form (BND-1,
 * BND-2, BND-4). Thread-safe: one instance serves every login of a configuration. Internal: use
 * {@link es.clave.sp.ClaveServiceProvider}.
 */
public final class LoginRequestFactory {

    /** Form field carrying the request (BND-2). */
    public static final String SAML_REQUEST_FIELD = "SAMLRequest";
    /** Form field carrying the RelayState token (BND-2, BND-4). */
    public static final String RELAY_STATE_FIELD = "RelayState";

    private final ClaveSpConfig config;
    private final Clock clock;
    private final AuthnRequestRenderer renderer;
    private final EnvelopedSigner signer;
    private final SecureTokens tokens = new SecureTokens();

    /** @param config a validated configuration */
    public LoginRequestFactory(ClaveSpConfig config) {
        this(config, Clock.systemUTC());
    }

    /**
     * @param config a validated configuration
     * @param clock  the clock IssueInstant is read from
     */
    public LoginRequestFactory(ClaveSpConfig config, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.renderer = new AuthnRequestRenderer(config);
        this.signer = new EnvelopedSigner(config);
    }

    /**
     * Builds and signs one AuthnRequest.
     *
     * @param options per-login choices; null fields fall back to the configuration
     * @return the pending login to keep and the form to post
     * @throws IllegalArgumentException when the options offer no method or a method that cannot be offered
     */
    public LoginStart create(LoginOptions options) {
        LoginOptions o = options == null ? LoginOptions.defaults() : options;
        LevelOfAssurance loa = o.levelOfAssurance() != null ? o.levelOfAssurance() : config.defaultLoa();
        Set<IdentificationMethod> methods = o.methods() != null ? o.methods() : config.defaultMethods();
        requireOfferable(methods);
        boolean forceAuthn = o.forceAuthn() != null ? o.forceAuthn() : config.forceAuthn();

        String id = tokens.newId();
        String relayState = tokens.newRelayState();
        Instant issuedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        byte[] xml = signer.sign(renderer.render(id, issuedAt, loa, methods, forceAuthn, relayState));

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(SAML_REQUEST_FIELD, Base64.getEncoder().encodeToString(xml));
        fields.put(RELAY_STATE_FIELD, relayState);
        PendingLogin pending = new PendingLogin(id, relayState, loa, methods, forceAuthn, issuedAt, o.returnTo(), null);
        return new LoginStart(pending, new PostForm(config.gatewayEndpoint(), fields));
    }

    private static void requireOfferable(Set<IdentificationMethod> methods) {
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("LoginOptions.methods is empty: offer at least one identification"
                    + " method (REQ-11 excludes every method not offered, and excluding all of them is an error)");
        }
        if (methods.contains(IdentificationMethod.OTHER)) {
            throw new IllegalArgumentException("LoginOptions.methods contains OTHER, which only describes unknown"
                    + " SelectedIdP values in responses; offer some of " + IdentificationMethod.offerable());
        }
    }
}
