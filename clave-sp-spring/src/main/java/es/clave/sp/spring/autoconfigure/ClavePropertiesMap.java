package es.clave.sp.spring.autoconfigure;

import es.clave.sp.config.PropertyNames;
import es.clave.sp.error.ClaveConfigException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Flattens bound {@link ClaveSpringProperties} into the {@code clave.*} key/value map that core's
 * loaders read ({@code ClaveProperties}, {@code StateStores}, the trust feed settings), so Spring
 * Boot and the servlet adapter share one parser and one set of error messages. Unset values are
 * left out, so core's defaults apply. Spring {@link Resource}s become the {@code classpath:} or
 * file locations core understands.
 */
final class ClavePropertiesMap {

    private ClavePropertiesMap() {
    }

    /** @return the flat {@code clave.*} map of {@code p} */
    static Map<String, String> of(ClaveSpringProperties p) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, PropertyNames.ENVIRONMENT, p.getEnvironment());
        put(m, PropertyNames.GATEWAY_BASE_URL, p.getGateway().getBaseUrl());

        ClaveSpringProperties.Sp sp = p.getSp();
        put(m, PropertyNames.SP_CODE, sp.getCode());
        put(m, PropertyNames.SP_APPLICATION, sp.getApplication());
        put(m, PropertyNames.SP_ACS_URL, sp.getAcsUrl());
        put(m, PropertyNames.SP_ENTITY_ID, sp.getEntityId());
        put(m, PropertyNames.SP_LOGOUT_RETURN_URL, sp.getLogoutReturnUrl());
        put(m, PropertyNames.SP_AUDIENCE, sp.getAudience());
        put(m, PropertyNames.SP_TYPE, sp.getType());
        credential(m, PropertyNames.SP_SIGNING, sp.getSigning());
        credential(m, PropertyNames.SP_SIGNING_NEXT, sp.getSigningNext());
        for (int i = 0; i < sp.getDecryption().size(); i++) {
            credential(m, PropertyNames.decryption(i), sp.getDecryption().get(i));
        }

        ClaveSpringProperties.Trust trust = p.getTrust();
        List<Resource> certificates = trust.getCertificates();
        if (!certificates.isEmpty()) {
            m.put(PropertyNames.TRUST_CERTIFICATES, certificates.stream()
                    .map(r -> location(PropertyNames.TRUST_CERTIFICATES, r)).collect(Collectors.joining(",")));
        }
        put(m, PropertyNames.TRUST_ISSUER, trust.getIssuer());
        ClaveSpringProperties.Feed feed = trust.getFeed();
        put(m, "clave.trust.feed.enabled", feed.getEnabled());
        put(m, "clave.trust.feed.url", feed.getUrl());
        // the feed settings read ISO-8601 durations
        put(m, "clave.trust.feed.refresh", feed.getRefresh());
        put(m, "clave.trust.feed.timeout", feed.getTimeout());
        put(m, "clave.trust.feed.cache-file", feed.getCacheFile());
        put(m, "clave.trust.feed.pins", feed.getPins());
        put(m, "clave.audit.mask-identifiers", p.getAudit().getMaskIdentifiers());

        ClaveSpringProperties.Login login = p.getLogin();
        put(m, PropertyNames.LOGIN_LOA, login.getLoa());
        if (login.getMethods() != null) {
            m.put(PropertyNames.LOGIN_METHODS, login.getMethods().stream().map(Enum::name).collect(Collectors.joining(",")));
        }
        put(m, PropertyNames.LOGIN_FORCE_AUTHN, login.getForceAuthn());
        put(m, PropertyNames.SIGNATURE_ALGORITHM, p.getSignature().getAlgorithm());

        ClaveSpringProperties.Validation v = p.getValidation();
        putMillis(m, PropertyNames.CLOCK_SKEW, v.getClockSkew());
        putMillis(m, PropertyNames.MAX_RESPONSE_AGE, v.getMaxResponseAge());
        putMillis(m, PropertyNames.MAX_VALIDITY, v.getMaxValidity());
        put(m, PropertyNames.REQUIRE_ENCRYPTION, v.getRequireEncryption());
        put(m, PropertyNames.MAX_RESPONSE_SIZE, v.getMaxResponseSize());
        put(m, PropertyNames.CHECK_CLIENT_ADDRESS, v.getCheckClientAddress());

        ClaveSpringProperties.State state = p.getState();
        put(m, "clave.state.store", state.getStore());
        put(m, "clave.state.max-entries", state.getMaxEntries());
        ClaveSpringProperties.Jdbc jdbc = state.getJdbc();
        put(m, "clave.state.jdbc.table-prefix", jdbc.getTablePrefix());
        put(m, "clave.state.jdbc.dialect", jdbc.getDialect());
        put(m, "clave.state.jdbc.create-schema", jdbc.getCreateSchema());
        putMillis(m, "clave.state.jdbc.query-timeout", jdbc.getQueryTimeout());
        putMillis(m, "clave.state.jdbc.cleanup-interval", jdbc.getCleanupInterval());
        put(m, "clave.state.jdbc.cleanup-batch-size", jdbc.getCleanupBatchSize());
        ClaveSpringProperties.Redis redis = state.getRedis();
        put(m, "clave.state.redis.uri", redis.getUri());
        put(m, "clave.state.redis.key-prefix", redis.getKeyPrefix());
        putMillis(m, "clave.state.redis.connect-timeout", redis.getConnectTimeout());
        putMillis(m, "clave.state.redis.command-timeout", redis.getCommandTimeout());
        put(m, "clave.state.redis.pool-size", redis.getPoolSize());
        return m;
    }

    private static void credential(Map<String, String> m, String prefix, ClaveSpringProperties.Credential c) {
        String dot = prefix + ".";
        put(m, dot + PropertyNames.KEY_STORE, location(dot + PropertyNames.KEY_STORE, c.getKeyStore()));
        put(m, dot + PropertyNames.KEY_STORE_TYPE, c.getKeyStoreType());
        put(m, dot + PropertyNames.KEY_STORE_PASSWORD, c.getKeyStorePassword());
        put(m, dot + PropertyNames.KEY_ALIAS, c.getKeyAlias());
        put(m, dot + PropertyNames.KEY_PASSWORD, c.getKeyPassword());
        put(m, dot + PropertyNames.PRIVATE_KEY, location(dot + PropertyNames.PRIVATE_KEY, c.getPrivateKey()));
        put(m, dot + PropertyNames.CERTIFICATE, location(dot + PropertyNames.CERTIFICATE, c.getCertificate()));
    }

    /**
     * @return the location core reads for {@code resource}: {@code classpath:path} or a file path
     * @throws ClaveConfigException for other resource kinds (URLs, in-memory resources)
     */
    static String location(String property, Resource resource) {
        if (resource == null) {
            return null;
        }
        if (resource instanceof ClassPathResource cp) {
            return "classpath:" + cp.getPath();
        }
        if (resource.isFile()) {
            try {
                return resource.getFile().getAbsolutePath();
            } catch (IOException e) {
                throw new ClaveConfigException(property, resource.getDescription() + " is not a readable file: "
                        + e.getMessage(), e);
            }
        }
        throw new ClaveConfigException(property, resource.getDescription()
                + " is not supported: use a classpath: or file: location");
    }

    private static void put(Map<String, String> m, String key, Object value) {
        if (value == null) {
            return;
        }
        m.put(key, value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : value.toString());
    }

    private static void putMillis(Map<String, String> m, String key, Duration value) {
        if (value != null) {
            m.put(key, value.toMillis() + "ms");
        }
    }
}
