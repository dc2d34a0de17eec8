package es.clave.sp.spring.autoconfigure;

import es.clave.sp.config.Environment;
import es.clave.sp.config.SignatureAlgorithm;
import es.clave.sp.config.SpType;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code clave.*} properties, typed for Spring Boot binding and IDE completion. The vocabulary
 * is core's ({@code es.clave.sp.config.PropertyNames}); {@link ClavePropertiesMap} hands the bound
 * values to core's {@code ClaveProperties}, which validates them. Unset values keep core's
 * defaults, which each description states. Unknown {@code clave.*} keys stop start-up: a typo is
 * never silently ignored.
 */
@ConfigurationProperties(prefix = "clave", ignoreUnknownFields = false)
public class ClaveSpringProperties {

    /**
     * Cl@ve deployment: PRE (pre-production, the default), PRO (production) or LOCAL (a gateway
     * such as clave-idp-stub at clave.gateway.base-url). PRE and PRO fill in the gateway URLs.
     */
    private Environment environment;

    /** The gateway. */
    private final Gateway gateway = new Gateway();

    /** This Service Provider, as registered with Cl@ve. */
    private final Sp sp = new Sp();

    /** Which Cl@ve certificates are trusted. */
    private final Trust trust = new Trust();

    /** Defaults of each login. */
    private final Login login = new Login();

    /** How requests are signed. */
    private final Signature signature = new Signature();

    /** Response validation limits. */
    private final Validation validation = new Validation();

    /** Where pending logins and seen message IDs are kept. */
    private final State state = new State();

    /** Web behaviour of the Spring Security integration. */
    private final Web web = new Web();

    /** Audit events (AuditListener beans receive them; by default one log line each on es.clave.sp.audit). */
    private final Audit audit = new Audit();

    public Environment getEnvironment() { return environment; }
    public void setEnvironment(Environment environment) { this.environment = environment; }
    public Gateway getGateway() { return gateway; }
    public Sp getSp() { return sp; }
    public Trust getTrust() { return trust; }
    public Login getLogin() { return login; }
    public Signature getSignature() { return signature; }
    public Validation getValidation() { return validation; }
    public State getState() { return state; }
    public Web getWeb() { return web; }
    public Audit getAudit() { return audit; }

    /** {@code clave.gateway.*}. */
    public static class Gateway {
        /** Base URL of a LOCAL gateway, e.g. http://localhost:8081. Ignored for PRE and PRO. */
        private String baseUrl;

        public String getBaseUrl() { return baseUrl; }
        public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    }

    /** {@code clave.sp.*}. */
    public static class Sp {
        /** SP code issued when registering with Cl@ve (NIF_DIR3, e.g. P1300000E_L02000013; PRE test SP: 21114293V_E04975701). */
        private String code;
        /** Application name: the second part of ProviderName, used by Cl@ve for statistics. No ';'. */
        private String application;
        /** Absolute URL of this application's ACS endpoint (https; http only for localhost), e.g. https://sede.example.es/clave/acs. */
        private String acsUrl;
        /** Issuer of requests. Defaults to the ACS URL. */
        private String entityId;
        /** URL where the gateway posts the logout answer, e.g. https://sede.example.es/clave/logout/return. Defaults to the ACS URL. */
        private String logoutReturnUrl;
        /** Audience expected in responses. Defaults to the ACS URL. */
        private String audience;
        /** eIDAS SPType sent with requests: PUBLIC (default) or PRIVATE. */
        private SpType type;
        /** Key and certificate requests are signed with (the certificate registered with Cl@ve). */
        private final Credential signing = new Credential();
        /** The next signing key, announced before a rollover: never used to sign, reported by health (docs/operations.md). */
        private final Credential signingNext = new Credential();
        /** Keys encrypted assertions can be decrypted with, in order of preference (several during a key rollover). */
        private final List<Credential> decryption = new ArrayList<>();

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getApplication() { return application; }
        public void setApplication(String application) { this.application = application; }
        public String getAcsUrl() { return acsUrl; }
        public void setAcsUrl(String acsUrl) { this.acsUrl = acsUrl; }
        public String getEntityId() { return entityId; }
        public void setEntityId(String entityId) { this.entityId = entityId; }
        public String getLogoutReturnUrl() { return logoutReturnUrl; }
        public void setLogoutReturnUrl(String logoutReturnUrl) { this.logoutReturnUrl = logoutReturnUrl; }
        public String getAudience() { return audience; }
        public void setAudience(String audience) { this.audience = audience; }
        public SpType getType() { return type; }
        public void setType(SpType type) { this.type = type; }
        public Credential getSigning() { return signing; }
        public Credential getSigningNext() { return signingNext; }
        public List<Credential> getDecryption() { return decryption; }
    }

    /** A private key with its certificate: a keystore, or PEM files. */
    public static class Credential {
        /** Keystore (PKCS#12 .p12/.pfx, JKS) or PEM file holding key and certificate, as classpath: or file: location. */
        private Resource keyStore;
        /** Keystore type: PKCS12, JKS or PEM. Inferred from the file extension when unset. */
        private String keyStoreType;
        /** Keystore password. */
        private String keyStorePassword;
        /** Alias of the key entry; may be omitted when the keystore holds exactly one key. */
        private String keyAlias;
        /** Password of the key entry (or of an encrypted PEM key). Defaults to the keystore password. */
        private String keyPassword;
        /** PEM private key (PKCS#8) as classpath: or file: location, instead of a keystore. */
        private Resource privateKey;
        /** PEM certificate (chain) matching private-key, as classpath: or file: location. */
        private Resource certificate;

        public Resource getKeyStore() { return keyStore; }
        public void setKeyStore(Resource keyStore) { this.keyStore = keyStore; }
        public String getKeyStoreType() { return keyStoreType; }
        public void setKeyStoreType(String keyStoreType) { this.keyStoreType = keyStoreType; }
        public String getKeyStorePassword() { return keyStorePassword; }
        public void setKeyStorePassword(String keyStorePassword) { this.keyStorePassword = keyStorePassword; }
        public String getKeyAlias() { return keyAlias; }
        public void setKeyAlias(String keyAlias) { this.keyAlias = keyAlias; }
        public String getKeyPassword() { return keyPassword; }
        public void setKeyPassword(String keyPassword) { this.keyPassword = keyPassword; }
        public Resource getPrivateKey() { return privateKey; }
        public void setPrivateKey(Resource privateKey) { this.privateKey = privateKey; }
        public Resource getCertificate() { return certificate; }
        public void setCertificate(Resource certificate) { this.certificate = certificate; }
    }

    /** {@code clave.trust.*}. */
    public static class Trust {
        /** Cl@ve signing certificates (PEM or DER) as classpath: or file: locations; signatures by any other key are refused. */
        private final List<Resource> certificates = new ArrayList<>();
        /** Pins the gateway Issuer; unset accepts any issuer whose signature validates with a trusted certificate. */
        private String issuer;
        /** The certificate feed (BND-5), an optional source of trusted certificates next to trust.certificates. */
        private final Feed feed = new Feed();

        public List<Resource> getCertificates() { return certificates; }
        public String getIssuer() { return issuer; }
        public void setIssuer(String issuer) { this.issuer = issuer; }
        public Feed getFeed() { return feed; }
    }

    /** {@code clave.trust.feed.*}. */
    public static class Feed {
        /** Whether to read trusted certificates from the gateway's certificate feed (default false). */
        private Boolean enabled;
        /** Feed URL; defaults to the environment's /Proxy2/Certificates. */
        private String url;
        /** Time between feed refreshes (default 6h). */
        private Duration refresh;
        /** Time limit of one download (default 10s). */
        private Duration timeout;
        /** File keeping the last good certificate set across restarts. */
        private String cacheFile;
        /** SHA-256 fingerprints the feed's certificates must match (see docs/configuration.md). */
        private String pins;

        public Boolean getEnabled() { return enabled; }
        public void setEnabled(Boolean enabled) { this.enabled = enabled; }
        public String getUrl() { return url; }
        public void setUrl(String url) { this.url = url; }
        public Duration getRefresh() { return refresh; }
        public void setRefresh(Duration refresh) { this.refresh = refresh; }
        public Duration getTimeout() { return timeout; }
        public void setTimeout(Duration timeout) { this.timeout = timeout; }
        public String getCacheFile() { return cacheFile; }
        public void setCacheFile(String cacheFile) { this.cacheFile = cacheFile; }
        public String getPins() { return pins; }
        public void setPins(String pins) { this.pins = pins; }
    }

    /** {@code clave.login.*}. */
    public static class Login {
        /** Minimum level of assurance requested: LOW (default), SUBSTANTIAL or HIGH. */
        private LevelOfAssurance loa;
        /** Identification methods offered (default: all): CERTIFICATE, CLAVE_PERMANENTE, CLAVE_PIN, CLAVE_MOVIL, EU_EIDAS. */
        private Set<IdentificationMethod> methods;
        /** Whether to force a fresh authentication at the gateway on every login (default false). */
        private Boolean forceAuthn;

        public LevelOfAssurance getLoa() { return loa; }
        public void setLoa(LevelOfAssurance loa) { this.loa = loa; }
        public Set<IdentificationMethod> getMethods() { return methods; }
        public void setMethods(Set<IdentificationMethod> methods) { this.methods = methods == null ? null : new LinkedHashSet<>(methods); }
        public Boolean getForceAuthn() { return forceAuthn; }
        public void setForceAuthn(Boolean forceAuthn) { this.forceAuthn = forceAuthn; }
    }

    /** {@code clave.signature.*}. */
    public static class Signature {
        /** Algorithm requests are signed with: RSA_SHA512 (default), RSA_SHA384 or RSA_SHA256. */
        private SignatureAlgorithm algorithm;

        public SignatureAlgorithm getAlgorithm() { return algorithm; }
        public void setAlgorithm(SignatureAlgorithm algorithm) { this.algorithm = algorithm; }
    }

    /** {@code clave.validation.*}. */
    public static class Validation {
        /** Clock skew tolerated on every time check (default 60s). */
        private Duration clockSkew;
        /** Maximum age of a response, from its IssueInstant (default 5m). */
        private Duration maxResponseAge;
        /** Longest validity window (NotOnOrAfter) after an assertion's IssueInstant; also bounds the replay cache (default 10m). */
        private Duration maxValidity;
        /** Refuse plaintext (unencrypted) assertions (default false). */
        private Boolean requireEncryption;
        /** Cap, in characters, on the Base64 SAMLResponse field (default 262144). */
        private Integer maxResponseSize;
        /** Require SubjectConfirmationData Address to equal the client address (default false; breaks behind NAT). */
        private Boolean checkClientAddress;

        public Duration getClockSkew() { return clockSkew; }
        public void setClockSkew(Duration clockSkew) { this.clockSkew = clockSkew; }
        public Duration getMaxResponseAge() { return maxResponseAge; }
        public void setMaxResponseAge(Duration maxResponseAge) { this.maxResponseAge = maxResponseAge; }
        public Duration getMaxValidity() { return maxValidity; }
        public void setMaxValidity(Duration maxValidity) { this.maxValidity = maxValidity; }
        public Boolean getRequireEncryption() { return requireEncryption; }
        public void setRequireEncryption(Boolean requireEncryption) { this.requireEncryption = requireEncryption; }
        public Integer getMaxResponseSize() { return maxResponseSize; }
        public void setMaxResponseSize(Integer maxResponseSize) { this.maxResponseSize = maxResponseSize; }
        public Boolean getCheckClientAddress() { return checkClientAddress; }
        public void setCheckClientAddress(Boolean checkClientAddress) { this.checkClientAddress = checkClientAddress; }
    }

    /** {@code clave.state.*}. */
    public static class State {
        /** Store engine: memory (default, one node), jdbc (the application's DataSource) or redis. */
        private String store;
        /** Bound of each in-memory store (default 10000). */
        private Integer maxEntries;
        /** JDBC store options. */
        private final Jdbc jdbc = new Jdbc();
        /** Redis store options. */
        private final Redis redis = new Redis();

        public String getStore() { return store; }
        public void setStore(String store) { this.store = store; }
        public Integer getMaxEntries() { return maxEntries; }
        public void setMaxEntries(Integer maxEntries) { this.maxEntries = maxEntries; }
        public Jdbc getJdbc() { return jdbc; }
        public Redis getRedis() { return redis; }
    }

    /** {@code clave.state.jdbc.*}. */
    public static class Jdbc {
        /** Prefix of the table names (default clave_). */
        private String tablePrefix;
        /** SQL dialect: auto (default, detected from the database), postgresql or generic. */
        private String dialect;
        /** Whether to create missing tables at start-up (default false). */
        private Boolean createSchema;
        /** Time limit of each statement (default 5s). */
        private Duration queryTimeout;
        /** Least time between two sweeps of expired rows (default 60s). */
        private Duration cleanupInterval;
        /** Rows deleted per sweep statement (default 500). */
        private Integer cleanupBatchSize;

        public String getTablePrefix() { return tablePrefix; }
        public void setTablePrefix(String tablePrefix) { this.tablePrefix = tablePrefix; }
        public String getDialect() { return dialect; }
        public void setDialect(String dialect) { this.dialect = dialect; }
        public Boolean getCreateSchema() { return createSchema; }
        public void setCreateSchema(Boolean createSchema) { this.createSchema = createSchema; }
        public Duration getQueryTimeout() { return queryTimeout; }
        public void setQueryTimeout(Duration queryTimeout) { this.queryTimeout = queryTimeout; }
        public Duration getCleanupInterval() { return cleanupInterval; }
        public void setCleanupInterval(Duration cleanupInterval) { this.cleanupInterval = cleanupInterval; }
        public Integer getCleanupBatchSize() { return cleanupBatchSize; }
        public void setCleanupBatchSize(Integer cleanupBatchSize) { this.cleanupBatchSize = cleanupBatchSize; }
    }

    /** {@code clave.state.redis.*}. */
    public static class Redis {
        /** Redis server URI (default redis://127.0.0.1:6379/0). */
        private String uri;
        /** Prefix of every Redis key (default clave:). */
        private String keyPrefix;
        /** TCP connect timeout (default 2s). */
        private Duration connectTimeout;
        /** Command (socket read) timeout (default 2s). */
        private Duration commandTimeout;
        /** Most pooled connections (default 16). */
        private Integer poolSize;

        public String getUri() { return uri; }
        public void setUri(String uri) { this.uri = uri; }
        public String getKeyPrefix() { return keyPrefix; }
        public void setKeyPrefix(String keyPrefix) { this.keyPrefix = keyPrefix; }
        public Duration getConnectTimeout() { return connectTimeout; }
        public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }
        public Duration getCommandTimeout() { return commandTimeout; }
        public void setCommandTimeout(Duration commandTimeout) { this.commandTimeout = commandTimeout; }
        public Integer getPoolSize() { return poolSize; }
        public void setPoolSize(Integer poolSize) { this.poolSize = poolSize; }
    }

    /** {@code clave.web.*}: the Spring Security endpoints. */
    public static class Web {
        /** How long a started login may take before its pending state and browser cookie expire (default 10m, at most 1h). */
        private Duration pendingTtl = Duration.ofMinutes(10);
        /** Name of the cookie binding a pending login to the browser that started it (SEC-H2). */
        private String cookieName = "CLAVE_PENDING";
        /** Mark the binding cookie Secure even on a plain-http localhost ACS (development). */
        private boolean cookieAlwaysSecure;
        /** Base name of an application resource bundle (e.g. messages/clave) whose keys override the built-in texts of the error and redirect pages. */
        private String messagesBundle;

        public Duration getPendingTtl() { return pendingTtl; }
        public void setPendingTtl(Duration pendingTtl) { this.pendingTtl = pendingTtl; }
        public String getCookieName() { return cookieName; }
        public void setCookieName(String cookieName) { this.cookieName = cookieName; }
        public boolean isCookieAlwaysSecure() { return cookieAlwaysSecure; }
        public void setCookieAlwaysSecure(boolean cookieAlwaysSecure) { this.cookieAlwaysSecure = cookieAlwaysSecure; }
        public String getMessagesBundle() { return messagesBundle; }
        public void setMessagesBundle(String messagesBundle) { this.messagesBundle = messagesBundle; }
    }

    /** {@code clave.audit.*}. */
    public static class Audit {
        /** Mask person identifiers in audit events, 12345678Z as 1234****Z (default true). */
        private Boolean maskIdentifiers;

        public Boolean getMaskIdentifiers() { return maskIdentifiers; }
        public void setMaskIdentifiers(Boolean maskIdentifiers) { this.maskIdentifiers = maskIdentifiers; }
    }
}
