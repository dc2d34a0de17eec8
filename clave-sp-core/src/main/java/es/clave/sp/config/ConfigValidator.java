package es.clave.sp.config;

import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.internal.saml.xml.XmlText;
import es.clave.sp.keys.KeyMatching;
import es.clave.sp.keys.SpCredential;
import es.clave.sp.login.IdentificationMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.security.interfaces.RSAKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static es.clave.sp.config.PropertyNames.*;

/**
 * Build-time validation of a {@link ClaveSpConfig.Builder}. Errors throw a
 * {@link ClaveConfigException} naming the property key (also when the builder was used) and the
 * fix; conditions that will soon become errors (a certificate expiring within 30 days) are
 * logged as warnings and returned.
 */
final class ConfigValidator {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigValidator.class);
    /** Certificates expiring sooner than this are reported. */
    static final Duration EXPIRY_WARNING = Duration.ofDays(30);
    /** Smallest RSA key accepted (REQ-7). */
    static final int MIN_RSA_BITS = 2048;
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private ConfigValidator() {
    }

    /**
     * @return warnings (already logged), empty when there is nothing to say
     * @throws ClaveConfigException at the first error
     */
    static List<String> validate(ClaveSpConfig.Builder b) {
        return validate(b, Instant.now());
    }

    static List<String> validate(ClaveSpConfig.Builder b, Instant now) {
        List<String> warnings = new ArrayList<>();
        require(b.environment != null, ENVIRONMENT, "is missing: set pre, pro or local");
        if (b.environment == Environment.LOCAL) {
            require(b.gatewayBaseUrl != null && !b.gatewayBaseUrl.isBlank(), GATEWAY_BASE_URL,
                    "is required when " + ENVIRONMENT + " is local: set the stub's URL, e.g. http://localhost:8443");
            checkUrl(GATEWAY_BASE_URL, parse(GATEWAY_BASE_URL, b.gatewayBaseUrl));
        } else if (b.gatewayBaseUrl != null) {
            warnings.add(GATEWAY_BASE_URL + ": ignored because " + ENVIRONMENT + " is " + b.environment
                    + " (its gateway URL is fixed); remove it, or set " + ENVIRONMENT + "=local to use it");
        }
        checkProviderNamePart(SP_CODE, b.spCode, "the SP code Cl@ve issued at registration, e.g. 21114293V_E04975701");
        checkProviderNamePart(SP_APPLICATION, b.applicationName, "a short application name, e.g. sede-electronica");
        require(b.acsUrl != null, SP_ACS_URL, "is missing: set the absolute https URL of the Assertion Consumer Service");
        checkUrl(SP_ACS_URL, b.acsUrl);
        if (b.entityId != null) {
            checkText(SP_ENTITY_ID, b.entityId);
        }
        if (b.logoutReturnUrl != null) {
            checkUrl(SP_LOGOUT_RETURN_URL, b.logoutReturnUrl);
        }
        if (b.audience != null) {
            checkText(SP_AUDIENCE, b.audience);
        }
        require(b.signingCredential != null, SP_SIGNING,
                "is missing: configure the key and certificate registered with Cl@ve (" + SP_SIGNING + "." + KEY_STORE
                        + " or " + SP_SIGNING + "." + PRIVATE_KEY + " + " + SP_SIGNING + "." + CERTIFICATE + ")");
        checkCredential(SP_SIGNING, b.signingCredential, "requests are signed with RSA (REQ-7)", true, now, warnings);
        if (b.nextSigningCredential != null) {
            // announced ahead of a rollover: its certificate may legitimately start in the future
            checkCredential(SP_SIGNING_NEXT, b.nextSigningCredential, "requests are signed with RSA (REQ-7)", false,
                    now, warnings);
        }
        for (int i = 0; i < b.decryptionCredentials.size(); i++) {
            checkCredential(decryption(i), b.decryptionCredentials.get(i),
                    "Cl@ve encrypts the key with RSA-OAEP (RSP-3)", false, now, warnings);
        }
        require(!b.trustedCertificates.isEmpty(), TRUST_CERTIFICATES,
                "lists no certificate: add the Cl@ve signing certificate(s) published at the certificate feed ("
                        + (b.environment == Environment.LOCAL ? "the stub's /Proxy2/Certificates"
                        : Environment.certificatesEndpoint(b.environment.fixedBaseUrl())) + ")");
        for (X509Certificate c : b.trustedCertificates) {
            require(c != null, TRUST_CERTIFICATES, "contains a null certificate");
            checkValidity(TRUST_CERTIFICATES, c, false, now, warnings);
        }
        if (b.gatewayIssuer != null) {
            checkText(TRUST_ISSUER, b.gatewayIssuer);
        }
        require(b.defaultLoa != null, LOGIN_LOA, "is missing: set low, substantial or high");
        require(b.defaultMethods != null && !b.defaultMethods.isEmpty(), LOGIN_METHODS,
                "excludes every identification method (REQ-11): offer at least one of " + IdentificationMethod.offerable());
        require(!b.defaultMethods.contains(IdentificationMethod.OTHER), LOGIN_METHODS,
                "contains OTHER, which cannot be offered: use some of " + IdentificationMethod.offerable());
        require(b.spType != null, SP_TYPE, "is missing: set public or private");
        require(b.signatureAlgorithm != null, SIGNATURE_ALGORITHM, "is missing: set RSA_SHA512, RSA_SHA384 or RSA_SHA256");
        checkPositive(CLOCK_SKEW, b.clockSkew, "e.g. PT60S or 60s");
        checkPositive(MAX_RESPONSE_AGE, b.maxResponseAge, "e.g. PT5M or 5m");
        checkPositive(MAX_VALIDITY, b.maxValidity, "e.g. PT10M or 10m");
        require(b.maxResponseSize > 0, MAX_RESPONSE_SIZE, "must be a positive number of characters, e.g. "
                + ClaveSpConfig.DEFAULT_MAX_RESPONSE_SIZE);
        warnings.forEach(LOG::warn);
        return List.copyOf(warnings);
    }

    private static void require(boolean ok, String property, String message) {
        if (!ok) {
            throw new ClaveConfigException(property, message);
        }
    }

    private static void checkProviderNamePart(String property, String value, String example) {
        require(value != null && !value.isBlank(), property, "is missing or empty: set " + example);
        require(value.indexOf(';') < 0, property, "must not contain ';' (ProviderName is <SP code>;<application>, REQ-3)");
        require(value.strip().equals(value), property, "must not start or end with whitespace");
        checkText(property, value);
    }

    private static void checkText(String property, String value) {
        require(!value.isBlank(), property, "is empty: set a value or remove the setting to use the default");
        int bad = XmlText.firstIllegalChar(value);
        require(bad < 0, property, "contains a control character at index " + bad + ", which XML cannot carry: remove it");
    }

    private static URI parse(String property, String value) {
        try {
            return new URI(value.strip());
        } catch (java.net.URISyntaxException e) {
            throw new ClaveConfigException(property, "'" + value + "' is not a URL: " + e.getReason(), e);
        }
    }

    private static void checkUrl(String property, URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        require(url.isAbsolute() && url.getHost() != null, property,
                "'" + url + "' is not an absolute URL: give scheme, host and path, e.g. https://sede.example.es/clave/acs");
        boolean local = LOCAL_HOSTS.contains(url.getHost().toLowerCase(Locale.ROOT));
        require(scheme.equals("https") || scheme.equals("http") && local, property,
                "'" + url + "' must use https (http is accepted only for localhost, 127.0.0.1 and [::1])");
        require(url.getFragment() == null, property, "'" + url + "' must not have a #fragment");
        checkText(property, url.toString());
    }

    private static void checkCredential(String property, SpCredential credential, String why, boolean signing,
                                        Instant now, List<String> warnings) {
        require(credential != null, property, "is null");
        String algorithm = credential.privateKey().getAlgorithm();
        require("RSA".equals(algorithm), property, "holds an " + algorithm + " key from " + credential.source()
                + ", but " + why + ": use an RSA key of at least " + MIN_RSA_BITS + " bits");
        int bits = ((RSAKey) credential.privateKey()).getModulus().bitLength();
        require(bits >= MIN_RSA_BITS, property, "the RSA key from " + credential.source() + " has " + bits
                + " bits: use at least " + MIN_RSA_BITS + " bits (REQ-7)");
        require(KeyMatching.matches(credential.privateKey(), credential.certificate().getPublicKey()), property,
                "the certificate " + credential.certificate().getSubjectX500Principal().getName() + " does not match the"
                        + " private key from " + credential.source() + ": pair the key with its own certificate");
        checkValidity(property, credential.certificate(), signing, now, warnings);
    }

    /** Expired or not yet valid: an error when {@code strict}, else a warning; expiring soon: a warning. */
    private static void checkValidity(String property, X509Certificate c, boolean strict, Instant now,
                                      List<String> warnings) {
        String subject = c.getSubjectX500Principal().getName();
        Instant notAfter = c.getNotAfter().toInstant();
        Instant notBefore = c.getNotBefore().toInstant();
        String problem = null;
        if (now.isAfter(notAfter)) {
            problem = "the certificate " + subject + " expired on " + notAfter + ": renew it (and register the new one with Cl@ve)";
        } else if (now.isBefore(notBefore)) {
            problem = "the certificate " + subject + " is not valid before " + notBefore
                    + ": use a certificate that is already valid, or check the system clock";
        }
        if (problem != null) {
            if (strict) {
                throw new ClaveConfigException(property, problem);
            }
            warnings.add(property + ": " + problem);
        } else if (now.plus(EXPIRY_WARNING).isAfter(notAfter)) {
            warnings.add(property + ": the certificate " + subject + " expires on " + notAfter
                    + ", within " + EXPIRY_WARNING.toDays() + " days: renew it soon");
        }
    }

    private static void checkPositive(String property, Duration value, String example) {
        require(value != null && !value.isNegative() && !value.isZero(), property,
                "must be a positive duration, " + example);
    }
}
