package es.clave.sp.config;

import es.clave.sp.audit.AuditListener;
import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.keys.SpCredential;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.trust.FeedTrustSettings;
import es.clave.sp.trust.TrustedCertificateSource;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The immutable configuration of one Cl@ve Service Provider. Build it with {@link #builder()} or
 * load it from properties with {@link ClaveProperties}; {@link Builder#build()} validates every
 * value and fails with a {@link ClaveConfigException} naming the property and the fix.
 */
public final class ClaveSpConfig {

    /** Default cap on the Base64 {@code SAMLResponse} field (SEC-X4). */
    public static final int DEFAULT_MAX_RESPONSE_SIZE = 256 * 1024;

    private final Environment environment;
    private final String gatewayBaseUrl;
    private final String spCode;
    private final String applicationName;
    private final URI acsUrl;
    private final String entityId;
    private final URI logoutReturnUrl;
    private final String audience;
    private final SpCredential signingCredential;
    private final List<SpCredential> decryptionCredentials;
    private final List<X509Certificate> trustedCertificates;
    private final String gatewayIssuer;
    private final LevelOfAssurance defaultLoa;
    private final Set<IdentificationMethod> defaultMethods;
    private final boolean forceAuthn;
    private final SpType spType;
    private final SignatureAlgorithm signatureAlgorithm;
    private final Duration clockSkew;
    private final Duration maxResponseAge;
    private final Duration maxValidity;
    private final boolean requireEncryption;
    private final int maxResponseSize;
    private final boolean checkClientAddress;
    // issue 7: key rollover, trust feed and audit
    private final SpCredential nextSigningCredential;
    private final TrustedCertificateSource trustSource;
    private final FeedTrustSettings trustFeed;
    private final List<AuditListener> auditListeners;
    private final boolean maskIdentifiers;
    private final List<String> warnings;

    private ClaveSpConfig(Builder b, List<String> warnings) {
        this.warnings = warnings;
        this.environment = b.environment;
        this.gatewayBaseUrl = b.environment.baseUrl(b.gatewayBaseUrl);
        this.spCode = b.spCode;
        this.applicationName = b.applicationName;
        this.acsUrl = b.acsUrl;
        this.entityId = b.entityId != null ? b.entityId : String.valueOf(b.acsUrl);
        this.logoutReturnUrl = b.logoutReturnUrl != null ? b.logoutReturnUrl : b.acsUrl;
        this.audience = b.audience != null ? b.audience : String.valueOf(b.acsUrl);
        this.signingCredential = b.signingCredential;
        this.decryptionCredentials = List.copyOf(b.decryptionCredentials);
        this.trustedCertificates = List.copyOf(b.trustedCertificates);
        this.gatewayIssuer = b.gatewayIssuer;
        this.defaultLoa = b.defaultLoa;
        this.defaultMethods = Set.copyOf(b.defaultMethods);
        this.forceAuthn = b.forceAuthn;
        this.spType = b.spType;
        this.signatureAlgorithm = b.signatureAlgorithm;
        this.clockSkew = b.clockSkew;
        this.maxResponseAge = b.maxResponseAge;
        this.maxValidity = b.maxValidity;
        this.requireEncryption = b.requireEncryption;
        this.maxResponseSize = b.maxResponseSize;
        this.checkClientAddress = b.checkClientAddress;
        this.nextSigningCredential = b.nextSigningCredential;
        TrustedCertificateSource configured = TrustedCertificateSource.of(this.trustedCertificates);
        this.trustSource = b.trustSource == null ? configured : TrustedCertificateSource.composite(configured, b.trustSource);
        this.trustFeed = b.trustFeed;
        this.auditListeners = List.copyOf(b.auditListeners);
        this.maskIdentifiers = b.maskIdentifiers;
    }

    /** @return a new builder with the documented defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return which Cl@ve deployment this SP talks to */
    public Environment environment() { return environment; }
    /** @return the gateway base URL (fixed for PRE/PRO, configured for LOCAL) */
    public String gatewayBaseUrl() { return gatewayBaseUrl; }
    /** @return the login/logout endpoint, the AuthnRequest Destination (REQ-2) */
    public URI gatewayEndpoint() { return Environment.serviceProviderEndpoint(gatewayBaseUrl); }
    /** @return the certificate feed URL (BND-5) */
    public URI certificatesFeedUrl() { return Environment.certificatesEndpoint(gatewayBaseUrl); }
    /** @return the SP code issued at registration */
    public String spCode() { return spCode; }
    /** @return the application part of ProviderName */
    public String applicationName() { return applicationName; }
    /** @return {@code <SP code>;<application>} (REQ-3) */
    public String providerName() { return spCode + ";" + applicationName; }
    /** @return the Assertion Consumer Service URL (REQ-5) */
    public URI acsUrl() { return acsUrl; }
    /** @return the Issuer of requests (REQ-6); defaults to the ACS URL */
    public String entityId() { return entityId; }
    /** @return where the gateway posts the logout answer; the LogoutRequest Issuer (LGO-1) */
    public URI logoutReturnUrl() { return logoutReturnUrl; }
    /** @return the audience expected in responses (RSP-7); defaults to the ACS URL */
    public String audience() { return audience; }
    /** @return the key and certificate requests are signed with */
    public SpCredential signingCredential() { return signingCredential; }
    /** @return the keys encrypted assertions may be decrypted with, in order of preference */
    public List<SpCredential> decryptionCredentials() { return decryptionCredentials; }
    /** @return the Cl@ve certificates whose signatures are trusted */
    public List<X509Certificate> trustedCertificates() { return trustedCertificates; }
    /** @return the pinned gateway issuer, or null to accept any issuer with a trusted signature (RSP-1) */
    public String gatewayIssuer() { return gatewayIssuer; }
    /** @return the LoA requested when a login does not say */
    public LevelOfAssurance defaultLoa() { return defaultLoa; }
    /** @return the methods offered when a login does not say */
    public Set<IdentificationMethod> defaultMethods() { return defaultMethods; }
    /** @return the ForceAuthn value used when a login does not say */
    public boolean forceAuthn() { return forceAuthn; }
    /** @return the SPType extension value */
    public SpType spType() { return spType; }
    /** @return the algorithm requests are signed with */
    public SignatureAlgorithm signatureAlgorithm() { return signatureAlgorithm; }
    /** @return the clock skew tolerated on every time check */
    public Duration clockSkew() { return clockSkew; }
    /** @return the maximum age of a response, counted from its IssueInstant (RSP-10) */
    public Duration maxResponseAge() { return maxResponseAge; }
    /**
     * @return how far after the assertion's IssueInstant any NotOnOrAfter may lie (SEC-P5); also the
     *         longest time the replay cache is asked to remember an ID, plus the clock skew
     */
    public Duration maxValidity() { return maxValidity; }
    /** @return whether plaintext assertions are refused (RSP-3) */
    public boolean requireEncryption() { return requireEncryption; }
    /** @return the cap, in characters, on the Base64 SAMLResponse field (SEC-X4) */
    public int maxResponseSize() { return maxResponseSize; }
    /** @return whether SubjectConfirmationData Address must equal the client address (RSP-8) */
    public boolean checkClientAddress() { return checkClientAddress; }
    /**
     * @return the signing key announced for the next rollover ({@code clave.sp.signing-next.*}):
     *         published for registration and expiry monitoring, never used to sign until it is
     *         configured as the signing credential
     */
    public Optional<SpCredential> nextSigningCredential() { return Optional.ofNullable(nextSigningCredential); }
    /**
     * @return the configured trusted Cl@ve certificates: {@link #trustedCertificates()} plus the source
     *         set with {@link Builder#trustSource}. The certificate feed ({@link #trustFeed()}) is not in
     *         it: the {@code ClaveServiceProvider} runs the feed, and its {@code trustSource()} adds it.
     */
    public TrustedCertificateSource trustSource() { return trustSource; }
    /**
     * @return the certificate feed to run (BND-5, {@code clave.trust.feed.*}), if enabled: a value
     *         only; {@code ClaveServiceProvider.create} starts the feed and {@code close()} stops it
     */
    public Optional<FeedTrustSettings> trustFeed() { return Optional.ofNullable(trustFeed); }
    /** @return the audit listeners; empty means the default SLF4J listener */
    public List<AuditListener> auditListeners() { return auditListeners; }
    /** @return whether audit events carry masked identifiers ({@code clave.audit.mask-identifiers}, default true) */
    public boolean maskIdentifiers() { return maskIdentifiers; }
    /** @return the warnings validation logged (e.g. a certificate expiring within 30 days); usually empty */
    public List<String> warnings() { return warnings; }

    /** Builds a {@link ClaveSpConfig}; every setter returns the builder. */
    public static final class Builder {
        Environment environment = Environment.PRE;
        String gatewayBaseUrl;
        String spCode;
        String applicationName;
        URI acsUrl;
        String entityId;
        URI logoutReturnUrl;
        String audience;
        SpCredential signingCredential;
        final List<SpCredential> decryptionCredentials = new ArrayList<>();
        final List<X509Certificate> trustedCertificates = new ArrayList<>();
        String gatewayIssuer;
        LevelOfAssurance defaultLoa = LevelOfAssurance.LOW;
        Set<IdentificationMethod> defaultMethods = IdentificationMethod.offerable();
        boolean forceAuthn = false;
        SpType spType = SpType.PUBLIC;
        SignatureAlgorithm signatureAlgorithm = SignatureAlgorithm.RSA_SHA512;
        Duration clockSkew = Duration.ofSeconds(60);
        Duration maxResponseAge = Duration.ofMinutes(5);
        Duration maxValidity = Duration.ofMinutes(10);
        boolean requireEncryption = false;
        int maxResponseSize = DEFAULT_MAX_RESPONSE_SIZE;
        boolean checkClientAddress = false;
        SpCredential nextSigningCredential;
        TrustedCertificateSource trustSource;
        FeedTrustSettings trustFeed;
        final List<AuditListener> auditListeners = new ArrayList<>();
        boolean maskIdentifiers = true;

        private Builder() {
        }

        private static URI uri(String property, String value) {
            try {
                return value == null ? null : new URI(value.strip());
            } catch (java.net.URISyntaxException e) {
                throw new ClaveConfigException(property, "'" + value + "' is not a URL: " + e.getReason(), e);
            }
        }

        /** PRE (default), PRO, or LOCAL with {@link #gatewayBaseUrl(String)}. */
        public Builder environment(Environment v) { this.environment = v; return this; }
        /** Base URL of a LOCAL gateway, e.g. {@code http://localhost:8443}. */
        public Builder gatewayBaseUrl(String v) { this.gatewayBaseUrl = v; return this; }
        /** SP code issued at registration, e.g. {@code P1300000E_L02000013}. */
        public Builder spCode(String v) { this.spCode = v; return this; }
        /** Application name, the second part of ProviderName. */
        public Builder applicationName(String v) { this.applicationName = v; return this; }
        /** Absolute https ACS URL (http only for localhost). */
        public Builder acsUrl(String v) { this.acsUrl = uri(PropertyNames.SP_ACS_URL, v); return this; }
        /** Issuer of requests; defaults to the ACS URL. */
        public Builder entityId(String v) { this.entityId = v; return this; }
        /** URL receiving the logout answer; defaults to the ACS URL. */
        public Builder logoutReturnUrl(String v) { this.logoutReturnUrl = uri(PropertyNames.SP_LOGOUT_RETURN_URL, v); return this; }
        /** Expected audience; defaults to the ACS URL. */
        public Builder audience(String v) { this.audience = v; return this; }
        /** The SP's signing key and certificate. */
        public Builder signingCredential(SpCredential v) { this.signingCredential = v; return this; }
        /** Adds a decryption key; several may be added during key rollover. */
        public Builder addDecryptionCredential(SpCredential v) { this.decryptionCredentials.add(v); return this; }
        /** Adds a trusted Cl@ve signing certificate. */
        public Builder addTrustedCertificate(X509Certificate v) { this.trustedCertificates.add(v); return this; }
        /** Pins the gateway issuer; null (default) accepts any issuer with a trusted signature. */
        public Builder gatewayIssuer(String v) { this.gatewayIssuer = v; return this; }
        /** LoA requested by default (LOW unless set). */
        public Builder defaultLoa(LevelOfAssurance v) { this.defaultLoa = v; return this; }
        /** Methods offered by default (all unless set). */
        public Builder defaultMethods(Set<IdentificationMethod> v) {
            this.defaultMethods = v == null ? null : v.isEmpty() ? EnumSet.noneOf(IdentificationMethod.class) : EnumSet.copyOf(v);
            return this;
        }
        /** ForceAuthn default (false). */
        public Builder forceAuthn(boolean v) { this.forceAuthn = v; return this; }
        /** SPType (PUBLIC). */
        public Builder spType(SpType v) { this.spType = v; return this; }
        /** Signature algorithm (RSA_SHA512). */
        public Builder signatureAlgorithm(SignatureAlgorithm v) { this.signatureAlgorithm = v; return this; }
        /** Clock skew (60 s). */
        public Builder clockSkew(Duration v) { this.clockSkew = v; return this; }
        /** Maximum response age (5 min). */
        public Builder maxResponseAge(Duration v) { this.maxResponseAge = v; return this; }
        /** Longest validity window after the assertion's IssueInstant (10 min). */
        public Builder maxValidity(Duration v) { this.maxValidity = v; return this; }
        /** Refuse plaintext assertions (false). */
        public Builder requireEncryption(boolean v) { this.requireEncryption = v; return this; }
        /** Cap on the Base64 SAMLResponse length (256 KiB). */
        public Builder maxResponseSize(int v) { this.maxResponseSize = v; return this; }
        /** Check SubjectConfirmationData Address against the client address (false). */
        public Builder checkClientAddress(boolean v) { this.checkClientAddress = v; return this; }
        /** The signing key of the next rollover: published and monitored, not used to sign. */
        public Builder nextSigningCredential(SpCredential v) { this.nextSigningCredential = v; return this; }
        /**
         * A dynamic source of trusted Cl@ve certificates, e.g. a {@code FeedTrustSource}; the
         * certificates added with {@link #addTrustedCertificate} stay trusted as well.
         */
        public Builder trustSource(TrustedCertificateSource v) { this.trustSource = v; return this; }
        /**
         * Also trust the pinned certificates of Cl@ve's certificate feed (BND-5). Nothing starts here:
         * each {@code ClaveServiceProvider} created from the configuration runs the feed until it is closed.
         */
        public Builder trustFeed(FeedTrustSettings v) { this.trustFeed = v; return this; }
        /** Adds an audit listener; when none is added the SLF4J listener is used. */
        public Builder addAuditListener(AuditListener v) { this.auditListeners.add(Objects.requireNonNull(v)); return this; }
        /** Mask identifiers in audit events (true). */
        public Builder maskIdentifiers(boolean v) { this.maskIdentifiers = v; return this; }

        /**
         * Validates and builds.
         *
         * @throws ClaveConfigException naming the property and the fix when a value is wrong
         */
        public ClaveSpConfig build() {
            return new ClaveSpConfig(this, ConfigValidator.validate(this));
        }
    }
}
