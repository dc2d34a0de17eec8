package es.clave.sp.config;

import es.clave.sp.error.ClaveConfigException;

/**
 * The configuration keys shared by {@link ClaveProperties}, the servlet and the Spring adapters,
 * and named in every {@link ClaveConfigException}, also when the builder was used. Documented in
 * {@code docs/configuration.md}.
 */
public final class PropertyNames {
    /** {@code pre}, {@code pro} or {@code local}. */
    public static final String ENVIRONMENT = "clave.environment";
    /** Base URL of a LOCAL gateway. */
    public static final String GATEWAY_BASE_URL = "clave.gateway.base-url";
    /** SP code, first part of ProviderName. */
    public static final String SP_CODE = "clave.sp.code";
    /** Application name, second part of ProviderName. */
    public static final String SP_APPLICATION = "clave.sp.application";
    /** Assertion Consumer Service URL. */
    public static final String SP_ACS_URL = "clave.sp.acs-url";
    /** Issuer of requests. */
    public static final String SP_ENTITY_ID = "clave.sp.entity-id";
    /** URL receiving the logout answer. */
    public static final String SP_LOGOUT_RETURN_URL = "clave.sp.logout-return-url";
    /** Expected audience of responses. */
    public static final String SP_AUDIENCE = "clave.sp.audience";
    /** SPType extension value. */
    public static final String SP_TYPE = "clave.sp.type";
    /** Prefix of the signing credential keys. */
    public static final String SP_SIGNING = "clave.sp.signing";
    /** Prefix of the signing key announced for the next rollover (published, not used to sign). */
    public static final String SP_SIGNING_NEXT = "clave.sp.signing-next";
    /** Prefix of the decryption credentials; followed by {@code [N]}. */
    public static final String SP_DECRYPTION = "clave.sp.decryption";
    /** Trusted Cl@ve certificate locations. */
    public static final String TRUST_CERTIFICATES = "clave.trust.certificates";
    /** Pinned gateway issuer. */
    public static final String TRUST_ISSUER = "clave.trust.issuer";
    /** Default level of assurance. */
    public static final String LOGIN_LOA = "clave.login.loa";
    /** Default identification methods. */
    public static final String LOGIN_METHODS = "clave.login.methods";
    /** Default ForceAuthn. */
    public static final String LOGIN_FORCE_AUTHN = "clave.login.force-authn";
    /** Request signature algorithm. */
    public static final String SIGNATURE_ALGORITHM = "clave.signature.algorithm";
    /** Clock skew. */
    public static final String CLOCK_SKEW = "clave.validation.clock-skew";
    /** Maximum response age. */
    public static final String MAX_RESPONSE_AGE = "clave.validation.max-response-age";
    /** Longest validity window after an assertion's IssueInstant. */
    public static final String MAX_VALIDITY = "clave.validation.max-validity";
    /** Refuse plaintext assertions. */
    public static final String REQUIRE_ENCRYPTION = "clave.validation.require-encryption";
    /** Cap on the SAMLResponse field. */
    public static final String MAX_RESPONSE_SIZE = "clave.validation.max-response-size";
    /** Check SubjectConfirmationData Address. */
    public static final String CHECK_CLIENT_ADDRESS = "clave.validation.check-client-address";

    /** Credential sub-key: keystore (or PEM key) location. */
    public static final String KEY_STORE = "key-store";
    /** Credential sub-key: keystore type. */
    public static final String KEY_STORE_TYPE = "key-store-type";
    /** Credential sub-key: keystore password. */
    public static final String KEY_STORE_PASSWORD = "key-store-password";
    /** Credential sub-key: key alias. */
    public static final String KEY_ALIAS = "key-alias";
    /** Credential sub-key: key password. */
    public static final String KEY_PASSWORD = "key-password";
    /** Credential sub-key: PEM private key location. */
    public static final String PRIVATE_KEY = "private-key";
    /** Credential sub-key: PEM certificate location. */
    public static final String CERTIFICATE = "certificate";

    private PropertyNames() {
    }

    /** @return the key prefix of decryption credential {@code index}, e.g. {@code clave.sp.decryption[0]} */
    public static String decryption(int index) {
        return SP_DECRYPTION + "[" + index + "]";
    }
}
