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
import es.clave.sp.trust.FeedTrustSettings;
import es.clave.sp.trust.FeedTrustSource;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static es.clave.sp.config.PropertyNames.*;

/**
 * Loads a {@link ClaveSpConfig} from flat {@code clave.*} properties, the vocabulary the servlet
 * and Spring adapters share (every key is documented in {@code docs/configuration.md}). Unknown
 * keys under {@code clave.sp.}, {@code clave.login.}, {@code clave.signature.} and
 * {@code clave.validation.} are rejected as typos; other {@code clave.*} keys belong to other
 * features and are ignored. Blank values count as absent.
 */
public final class ClaveProperties {

    /** Prefixes this loader owns completely: an unknown key under them is an error. */
    private static final List<String> OWNED_PREFIXES =
            List.of("clave.sp.", "clave.login.", "clave.signature.", "clave.validation.");
    private static final Set<String> CREDENTIAL_KEYS =
            Set.of(KEY_STORE, KEY_STORE_TYPE, KEY_STORE_PASSWORD, KEY_ALIAS, KEY_PASSWORD, PRIVATE_KEY, CERTIFICATE);
    private static final Set<String> KEYS = Set.of(ENVIRONMENT, GATEWAY_BASE_URL, SP_CODE, SP_APPLICATION, SP_ACS_URL,
            SP_ENTITY_ID, SP_LOGOUT_RETURN_URL, SP_AUDIENCE, SP_TYPE, TRUST_CERTIFICATES, TRUST_ISSUER, LOGIN_LOA,
            LOGIN_METHODS, LOGIN_FORCE_AUTHN, SIGNATURE_ALGORITHM, CLOCK_SKEW, MAX_RESPONSE_AGE, REQUIRE_ENCRYPTION,
            MAX_RESPONSE_SIZE, CHECK_CLIENT_ADDRESS);
    private static final Pattern DECRYPTION_KEY = Pattern.compile(Pattern.quote(SP_DECRYPTION) + "\\[(\\d+)]\\.(.+)");

    private ClaveProperties() {
    }

    /** @return the validated configuration the {@code clave.*} entries of {@code properties} describe */
    public static ClaveSpConfig load(Properties properties) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            map.put(name, properties.getProperty(name));
        }
        return load(map);
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
        Map<String, String> p = new TreeMap<>();
        properties.forEach((k, v) -> {
            if (k != null && v != null && !v.isBlank()) {
                p.put(k.strip(), v);
            }
        });
        rejectUnknownKeys(p.keySet());
        ClaveSpConfig.Builder b = ClaveSpConfig.builder();
        value(p, ENVIRONMENT).ifPresent(v -> b.environment(PropertyValues.enumValue(ENVIRONMENT, v, Environment.class)));
        value(p, GATEWAY_BASE_URL).ifPresent(b::gatewayBaseUrl);
        value(p, SP_CODE).ifPresent(b::spCode);
        value(p, SP_APPLICATION).ifPresent(b::applicationName);
        value(p, SP_ACS_URL).ifPresent(b::acsUrl);
        value(p, SP_ENTITY_ID).ifPresent(b::entityId);
        value(p, SP_LOGOUT_RETURN_URL).ifPresent(b::logoutReturnUrl);
        value(p, SP_AUDIENCE).ifPresent(b::audience);
        value(p, SP_TYPE).ifPresent(v -> b.spType(PropertyValues.enumValue(SP_TYPE, v, SpType.class)));
        credential(p, SP_SIGNING).ifPresent(b::signingCredential);
        credential(p, SP_SIGNING_NEXT).ifPresent(b::nextSigningCredential);
        for (int index : decryptionIndexes(p.keySet())) {
            credential(p, decryption(index)).ifPresent(b::addDecryptionCredential);
        }
        value(p, TRUST_CERTIFICATES).ifPresent(v -> {
            for (String location : v.split(",")) {
                if (!location.isBlank()) {
                    try {
                        CertificateLoader.load(location.strip()).forEach(b::addTrustedCertificate);
                    } catch (KeyMaterialException e) {
                        throw new ClaveConfigException(TRUST_CERTIFICATES, e.getMessage(), e);
                    }
                }
            }
        });
        value(p, TRUST_ISSUER).ifPresent(b::gatewayIssuer);
        // the feed source starts its refresh thread here, so a loaded configuration trusts the feed at once
        FeedTrustSettings.fromMap(p, defaultFeedUrl(p)).ifPresent(s -> b.trustSource(FeedTrustSource.start(s)));
        b.maskIdentifiers(AuditProperties.maskIdentifiers(p));
        value(p, LOGIN_LOA).ifPresent(v -> b.defaultLoa(PropertyValues.enumValue(LOGIN_LOA, v, LevelOfAssurance.class)));
        if (properties.containsKey(LOGIN_METHODS)) {
            b.defaultMethods(methods(properties.get(LOGIN_METHODS)));
        }
        value(p, LOGIN_FORCE_AUTHN).ifPresent(v -> b.forceAuthn(PropertyValues.bool(LOGIN_FORCE_AUTHN, v)));
        value(p, SIGNATURE_ALGORITHM).ifPresent(v ->
                b.signatureAlgorithm(PropertyValues.enumValue(SIGNATURE_ALGORITHM, v, SignatureAlgorithm.class)));
        value(p, CLOCK_SKEW).ifPresent(v -> b.clockSkew(PropertyValues.duration(CLOCK_SKEW, v)));
        value(p, MAX_RESPONSE_AGE).ifPresent(v -> b.maxResponseAge(PropertyValues.duration(MAX_RESPONSE_AGE, v)));
        value(p, REQUIRE_ENCRYPTION).ifPresent(v -> b.requireEncryption(PropertyValues.bool(REQUIRE_ENCRYPTION, v)));
        value(p, MAX_RESPONSE_SIZE).ifPresent(v -> b.maxResponseSize(PropertyValues.integer(MAX_RESPONSE_SIZE, v)));
        value(p, CHECK_CLIENT_ADDRESS).ifPresent(v -> b.checkClientAddress(PropertyValues.bool(CHECK_CLIENT_ADDRESS, v)));
        return b;
    }

    /** @return the certificate feed of the configured environment, or null when LOCAL has no base URL yet */
    private static URI defaultFeedUrl(Map<String, String> p) {
        Environment env = value(p, ENVIRONMENT).map(v -> PropertyValues.enumValue(ENVIRONMENT, v, Environment.class))
                .orElse(Environment.PRE);
        String base = env.baseUrl(value(p, GATEWAY_BASE_URL).orElse(null));
        return base == null ? null : Environment.certificatesEndpoint(base);
    }

    private static Optional<String> value(Map<String, String> p, String key) {
        return Optional.ofNullable(p.get(key)).map(String::strip);
    }

    private static Set<IdentificationMethod> methods(String value) {
        Set<IdentificationMethod> out = EnumSet.noneOf(IdentificationMethod.class);
        for (String name : value == null ? new String[0] : value.split(",")) {
            if (!name.isBlank()) {
                out.add(PropertyValues.enumValue(LOGIN_METHODS, name, IdentificationMethod.class));
            }
        }
        return out;
    }

    private static Optional<SpCredential> credential(Map<String, String> p, String prefix) {
        String keyStore = p.get(prefix + "." + KEY_STORE);
        String privateKey = p.get(prefix + "." + PRIVATE_KEY);
        if (keyStore == null && privateKey == null) {
            String stray = CREDENTIAL_KEYS.stream().map(k -> prefix + "." + k).filter(p::containsKey).findFirst().orElse(null);
            if (stray != null) {
                throw new ClaveConfigException(prefix + "." + KEY_STORE, "is missing while " + stray + " is set: set "
                        + prefix + "." + KEY_STORE + " (PKCS12/JKS/PEM) or " + prefix + "." + PRIVATE_KEY + " (PEM)");
            }
            return Optional.empty();
        }
        String type = p.get(prefix + "." + KEY_STORE_TYPE);
        KeyStoreType storeType;
        try {
            storeType = type == null ? null : KeyStoreType.parse(type);
        } catch (IllegalArgumentException e) {
            throw new ClaveConfigException(prefix + "." + KEY_STORE_TYPE, e.getMessage(), e);
        }
        CredentialSource source = new CredentialSource(strip(keyStore), storeType, p.get(prefix + "." + KEY_STORE_PASSWORD),
                strip(p.get(prefix + "." + KEY_ALIAS)), p.get(prefix + "." + KEY_PASSWORD), strip(privateKey),
                strip(p.get(prefix + "." + CERTIFICATE)));
        try {
            return Optional.of(CredentialLoader.load(source));
        } catch (KeyMaterialException e) {
            throw new ClaveConfigException(prefix + "." + subKey(e.field(), keyStore != null), e.getMessage(), e);
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

    private static String strip(String s) {
        return s == null ? null : s.strip();
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

    private static void rejectUnknownKeys(Set<String> keys) {
        for (String key : keys) {
            if (KEYS.contains(key) || isCredentialKey(key)) {
                continue;
            }
            if (OWNED_PREFIXES.stream().anyMatch(key::startsWith)) {
                throw new ClaveConfigException(key, "is not a known setting" + suggestion(key)
                        + "; see docs/configuration.md for the list");
            }
        }
    }

    private static boolean isCredentialKey(String key) {
        for (String prefix : List.of(SP_SIGNING + ".", SP_SIGNING_NEXT + ".")) {
            if (key.startsWith(prefix)) {
                return CREDENTIAL_KEYS.contains(key.substring(prefix.length()));
            }
        }
        Matcher m = DECRYPTION_KEY.matcher(key);
        return m.matches() && CREDENTIAL_KEYS.contains(m.group(2));
    }

    private static String suggestion(String key) {
        List<String> candidates = new ArrayList<>(KEYS);
        CREDENTIAL_KEYS.forEach(k -> candidates.add(SP_SIGNING + "." + k));
        CREDENTIAL_KEYS.forEach(k -> candidates.add(SP_SIGNING_NEXT + "." + k));
        Matcher m = DECRYPTION_KEY.matcher(key);
        if (m.matches()) {
            CREDENTIAL_KEYS.forEach(k -> candidates.add(SP_DECRYPTION + "[" + m.group(1) + "]." + k));
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(key, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= 4 ? " (did you mean " + best + "?)" : "";
    }

    /** Levenshtein distance, for typo suggestions. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
