package es.clave.sp.config;

import es.clave.sp.audit.AuditProperties;
import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.keys.CertificateLoader;
import es.clave.sp.keys.CredentialLoader;
import es.clave.sp.keys.CredentialSource;
import es.clave.sp.keys.KeyMaterialException;
import es.clave.sp.keys.KeyStoreType;
import es.clave.sp.keys.SpCredential;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.property.KnownKeys;
import es.clave.sp.property.PropertyReader;
import es.clave.sp.state.StateStoreSettings;
import es.clave.sp.trust.FeedTrustSettings;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static es.clave.sp.config.PropertyNames.*;

/**
 * Loads a {@link ClaveSpConfig} from flat {@code clave.*} properties, the vocabulary the servlet
 * and Spring adapters share (every key is documented in {@code docs/configuration.md}), with the
 * grammar of {@link PropertyReader}. Every {@code clave.*} key must be one that core reads
 * ({@link #KNOWN_KEYS}: the SP, trust, feed, audit and state-store keys), except the adapters' own
 * namespaces ({@link #isAdapterKey}), which the adapters check: an unknown key fails with the nearest
 * known one. Loading reads key and certificate files; it starts no thread and opens no connection
 * (the certificate feed starts with the {@code ClaveServiceProvider}).
 */
public final class ClaveProperties {

    /** Where every key is listed, named in unknown-key messages. */
    public static final String REFERENCE = "docs/configuration.md";
    /** Sub-keys of each credential ({@code clave.sp.signing.}, {@code clave.sp.signing-next.}, {@code clave.sp.decryption[N].}). */
    private static final List<String> CREDENTIAL_KEYS =
            List.of(KEY_STORE, KEY_STORE_TYPE, KEY_STORE_PASSWORD, KEY_ALIAS, KEY_PASSWORD, PRIVATE_KEY, CERTIFICATE);
    private static final List<String> SP_KEYS = List.of(ENVIRONMENT, GATEWAY_BASE_URL, SP_CODE, SP_APPLICATION,
            SP_ACS_URL, SP_ENTITY_ID, SP_LOGOUT_RETURN_URL, SP_AUDIENCE, SP_TYPE, TRUST_CERTIFICATES, TRUST_ISSUER,
            LOGIN_LOA, LOGIN_METHODS, LOGIN_FORCE_AUTHN, SIGNATURE_ALGORITHM, CLOCK_SKEW, MAX_RESPONSE_AGE,
            MAX_VALIDITY, REQUIRE_ENCRYPTION, MAX_RESPONSE_SIZE, CHECK_CLIENT_ADDRESS);
    /** Namespaces of the adapters' own keys: {@code clave.servlet.*} and {@code clave.config} (servlet), {@code clave.web.*} (Spring). */
    private static final List<String> ADAPTER_PREFIXES = List.of("clave.servlet.", "clave.web.");
    private static final String ADAPTER_KEY = "clave.config";
    private static final Pattern DECRYPTION_KEY = Pattern.compile(Pattern.quote(SP_DECRYPTION) + "\\[(\\d{1,9})]\\.(.+)");

    /** Every key core reads: the SP keys above, {@code clave.trust.feed.*}, {@code clave.audit.*} and {@code clave.state.*}. */
    public static final KnownKeys KNOWN_KEYS = KnownKeys.of(REFERENCE, spKeys())
            .and(FeedTrustSettings.KNOWN_KEYS).and(AuditProperties.KNOWN_KEYS).and(StateStoreSettings.KNOWN_KEYS);

    private ClaveProperties() {
    }

    /** @return the validated configuration the {@code clave.*} entries of {@code properties} describe */
    public static ClaveSpConfig load(Properties properties) {
        return builder(PropertyReader.of(properties)).build();
    }

    /** @return the validated configuration the {@code clave.*} entries of {@code properties} describe */
    public static ClaveSpConfig load(Map<String, String> properties) {
        return builder(properties).build();
    }

    /**
     * @return a builder filled from {@code properties}, for callers that add programmatic settings
     *         before {@link ClaveSpConfig.Builder#build()}
     * @throws ClaveConfigException naming the key when a value cannot be parsed or a key is unknown
     */
    public static ClaveSpConfig.Builder builder(Map<String, String> properties) {
        return builder(PropertyReader.of(properties));
    }

    /**
     * @return whether {@code key} belongs to an adapter's own namespace ({@code clave.servlet.*},
     *         {@code clave.config}, {@code clave.web.*}), which this loader leaves to the adapter
     */
    public static boolean isAdapterKey(String key) {
        return key.equals(ADAPTER_KEY) || ADAPTER_PREFIXES.stream().anyMatch(key::startsWith);
    }

    private static ClaveSpConfig.Builder builder(PropertyReader r) {
        KNOWN_KEYS.rejectUnknown(r.keys(), k -> k.startsWith("clave.") && !isAdapterKey(k));
        ClaveSpConfig.Builder b = ClaveSpConfig.builder();
        Environment environment = r.enumValue(ENVIRONMENT, Environment.class, Environment.PRE);
        b.environment(environment);
        r.string(GATEWAY_BASE_URL).ifPresent(b::gatewayBaseUrl);
        r.string(SP_CODE).ifPresent(b::spCode);
        r.string(SP_APPLICATION).ifPresent(b::applicationName);
        r.string(SP_ACS_URL).ifPresent(b::acsUrl);
        r.string(SP_ENTITY_ID).ifPresent(b::entityId);
        r.string(SP_LOGOUT_RETURN_URL).ifPresent(b::logoutReturnUrl);
        r.string(SP_AUDIENCE).ifPresent(b::audience);
        r.enumValue(SP_TYPE, SpType.class).ifPresent(b::spType);
        credential(r, SP_SIGNING).ifPresent(b::signingCredential);
        credential(r, SP_SIGNING_NEXT).ifPresent(b::nextSigningCredential);
        for (int index : decryptionIndexes(r.keys())) {
            credential(r, decryption(index)).ifPresent(b::addDecryptionCredential);
        }
        for (String location : r.locations(TRUST_CERTIFICATES)) {
            try {
                CertificateLoader.load(location).forEach(b::addTrustedCertificate);
            } catch (KeyMaterialException e) {
                throw new ClaveConfigException(TRUST_CERTIFICATES, e.getMessage(), e);
            }
        }
        r.string(TRUST_ISSUER).ifPresent(b::gatewayIssuer);
        String base = environment.baseUrl(r.string(GATEWAY_BASE_URL).orElse(null));
        // a value only: the ClaveServiceProvider starts the feed, so a configuration that fails validation leaks nothing
        FeedTrustSettings.from(r, base == null ? null : Environment.certificatesEndpoint(base)).ifPresent(b::trustFeed);
        b.maskIdentifiers(AuditProperties.maskIdentifiers(r));
        r.enumValue(LOGIN_LOA, LevelOfAssurance.class).ifPresent(b::defaultLoa);
        // an explicitly empty list is kept, so that validation refuses it instead of offering every method
        r.verbatim(LOGIN_METHODS).ifPresent(v -> b.defaultMethods(methods(v)));
        r.bool(LOGIN_FORCE_AUTHN).ifPresent(b::forceAuthn);
        r.enumValue(SIGNATURE_ALGORITHM, SignatureAlgorithm.class).ifPresent(b::signatureAlgorithm);
        r.duration(CLOCK_SKEW).ifPresent(b::clockSkew);
        r.duration(MAX_RESPONSE_AGE).ifPresent(b::maxResponseAge);
        r.duration(MAX_VALIDITY).ifPresent(b::maxValidity);
        r.bool(REQUIRE_ENCRYPTION).ifPresent(b::requireEncryption);
        r.integer(MAX_RESPONSE_SIZE).ifPresent(b::maxResponseSize);
        r.bool(CHECK_CLIENT_ADDRESS).ifPresent(b::checkClientAddress);
        return b;
    }

    private static List<String> spKeys() {
        List<String> keys = new ArrayList<>(SP_KEYS);
        for (String prefix : List.of(SP_SIGNING, SP_SIGNING_NEXT, SP_DECRYPTION + "[N]")) {
            CREDENTIAL_KEYS.forEach(k -> keys.add(prefix + "." + k));
        }
        return keys;
    }

    private static Set<IdentificationMethod> methods(String value) {
        Set<IdentificationMethod> out = EnumSet.noneOf(IdentificationMethod.class);
        for (String name : PropertyReader.split(value)) {
            out.add(PropertyReader.enumOf(LOGIN_METHODS, name, IdentificationMethod.offerable()));
        }
        return out;
    }

    private static Optional<SpCredential> credential(PropertyReader r, String prefix) {
        String dot = prefix + ".";
        Optional<String> keyStore = r.location(dot + KEY_STORE);
        Optional<String> privateKey = r.location(dot + PRIVATE_KEY);
        if (keyStore.isEmpty() && privateKey.isEmpty()) {
            String stray = CREDENTIAL_KEYS.stream().map(k -> dot + k).filter(r::isSet).findFirst().orElse(null);
            if (stray != null) {
                throw new ClaveConfigException(dot + KEY_STORE, "is missing while " + stray + " is set: set "
                        + dot + KEY_STORE + " (PKCS12/JKS/PEM) or " + dot + PRIVATE_KEY + " (PEM)");
            }
            return Optional.empty();
        }
        KeyStoreType storeType = r.enumValue(dot + KEY_STORE_TYPE, KeyStoreType.class).orElse(null);
        // passwords as written: surrounding blanks may be part of them
        CredentialSource source = new CredentialSource(keyStore.orElse(null), storeType,
                r.raw(dot + KEY_STORE_PASSWORD).orElse(null), r.string(dot + KEY_ALIAS).orElse(null),
                r.raw(dot + KEY_PASSWORD).orElse(null), privateKey.orElse(null),
                r.location(dot + CERTIFICATE).orElse(null));
        try {
            return Optional.of(CredentialLoader.load(source));
        } catch (KeyMaterialException e) {
            throw new ClaveConfigException(dot + subKey(e.field(), keyStore.isPresent()), e.getMessage(), e);
        }
    }

    private static String subKey(KeyMaterialException.Field field, boolean keyStore) {
        return switch (field) {
            case TYPE -> KEY_STORE_TYPE;
            case STORE_PASSWORD -> KEY_STORE_PASSWORD;
            case ALIAS -> KEY_ALIAS;
            case KEY_PASSWORD -> KEY_PASSWORD;
            case CERTIFICATE -> CERTIFICATE;
            case PRIVATE_KEY, LOCATION -> keyStore ? KEY_STORE : PRIVATE_KEY;
        };
    }

    private static List<Integer> decryptionIndexes(Set<String> keys) {
        List<Integer> out = new ArrayList<>();
        for (String key : keys) {
            Matcher m = DECRYPTION_KEY.matcher(key);
            if (m.matches() && !out.contains(Integer.parseInt(m.group(1)))) {
                out.add(Integer.parseInt(m.group(1)));
            }
        }
        out.sort(null);
        return out;
    }
}
