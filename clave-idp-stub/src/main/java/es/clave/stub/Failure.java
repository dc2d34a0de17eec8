package es.clave.stub;

import java.util.Locale;

/**
 * The failure catalogue: every way the stub can spoil a login so an SP team can test its error
 * handling. Status failures are what Cl@ve itself answers (RSP-6); the others are forged or broken
 * messages a correct SP must refuse. {@link #expectedSpError()} names the clave-sp-core
 * {@code ClaveError} a correct SP reports (or {@code null} when the SP must accept the message).
 */
public enum Failure {
    // --- answers Cl@ve really gives (RSP-6) ---------------------------------------------------
    /** The citizen pressed cancel. */
    USER_CANCELLED(Kind.STATUS, Status.RESPONDER, Status.REQUEST_DENIED, "User canceled the authentication",
            "USER_CANCELLED", "the citizen cancels at the gateway"),
    /** Authentication failed (generic). */
    AUTHENTICATION_FAILED(Kind.STATUS, Status.RESPONDER, Status.AUTHN_FAILED, "Authentication Failed",
            "AUTHENTICATION_FAILED", "authentication fails"),
    /** Wrong PIN, password or one-time code. */
    WRONG_PASSWORD(Kind.STATUS, Status.RESPONDER, Status.AUTHN_FAILED,
            "Authentication Failed (invalid user or password)", "AUTHENTICATION_FAILED",
            "the citizen types a wrong password or code"),
    /** The method reached a lower LoA than requested; message {@code 003002 …}. */
    LOA_TOO_LOW(Kind.STATUS, Status.RESPONDER, Status.AUTHN_FAILED,
            "003002 - Authentication Failed: the obtained LoA is lower than requested LoA", "LOA_TOO_LOW",
            "the level of assurance reached is lower than the requested one"),
    /** Expired certificate. */
    CERTIFICATE_EXPIRED(Kind.STATUS, Status.RESPONDER, Status.AUTHN_FAILED,
            "Authentication Failed (certificate not valid: El certificado está caducado)", "CERTIFICATE_EXPIRED",
            "the citizen's certificate has expired"),
    /** Revoked certificate. */
    CERTIFICATE_REVOKED(Kind.STATUS, Status.RESPONDER, Status.AUTHN_FAILED,
            "Authentication Failed (certificate not valid: El certificado se encuentra revocado)",
            "CERTIFICATE_REVOKED", "the citizen's certificate is revoked"),
    /** Certificate type refused. */
    CERTIFICATE_TYPE_NOT_ALLOWED(Kind.STATUS, Status.RESPONDER, Status.AUTHN_FAILED,
            "Type of certificate not allowed (8)", "CERTIFICATE_TYPE_NOT_ALLOWED",
            "the certificate type is not allowed"),
    /** No certificate was presented. */
    NO_CERTIFICATE(Kind.STATUS, Status.RESPONDER, Status.AUTHN_FAILED,
            "Authentication Failed (no certificate has been submitted)", "NO_CERTIFICATE_SUBMITTED",
            "the citizen submits no certificate"),

    // --- forged or spoiled protocol fields (RSP-1, RSP-7 ... RSP-12) ---------------------------
    /** InResponseTo names another request. */
    WRONG_IN_RESPONSE_TO(Kind.PROTOCOL, "IN_RESPONSE_TO_MISMATCH", "InResponseTo names another request (RSP-1)"),
    /** Response Destination is not the ACS. */
    WRONG_DESTINATION(Kind.PROTOCOL, "WRONG_DESTINATION", "the Response Destination is another URL (RSP-1)"),
    /** SubjectConfirmationData Recipient is not the ACS. */
    WRONG_RECIPIENT(Kind.PROTOCOL, "WRONG_RECIPIENT", "the SubjectConfirmationData Recipient is another URL (RSP-8)"),
    /** Audience is not the SP. */
    WRONG_AUDIENCE(Kind.PROTOCOL, "WRONG_AUDIENCE", "the Audience is another SP (RSP-7)"),
    /** Assertion validity ended an hour ago. */
    ASSERTION_EXPIRED(Kind.PROTOCOL, "EXPIRED", "the assertion expired an hour ago (RSP-7, RSP-8)"),
    /** Assertion valid only from an hour in the future. */
    ASSERTION_NOT_YET_VALID(Kind.PROTOCOL, "NOT_YET_VALID", "the assertion becomes valid in an hour (RSP-7)"),
    /** Success status but an assertion LoA below the requested one. */
    LOA_LOWER_IN_ASSERTION(Kind.PROTOCOL, "LOA_TOO_LOW",
            "success status, but the assertion's LoA is lower than requested (RSP-9)"),
    /** RelayState attribute differs from the posted RelayState. */
    WRONG_RELAY_STATE_ATTRIBUTE(Kind.PROTOCOL, "RELAY_STATE_MISMATCH",
            "the RelayState attribute differs from the posted RelayState (REQ-10, SEC-P10)"),
    /** No PersonIdentifier attribute. */
    MISSING_PERSON_IDENTIFIER(Kind.PROTOCOL, "PERSON_IDENTIFIER_MISSING", "the PersonIdentifier attribute is missing (RSP-12)"),
    /** The previous response, byte for byte. */
    REPLAY_PREVIOUS(Kind.PROTOCOL, "REPLAYED", "the previous response is sent again, unchanged (RSP-11)"),

    // --- signatures (RSP-2, RSP-4, RSP-5, SEC-W, SEC-S) ---------------------------------------
    /** Response without signature. */
    RESPONSE_UNSIGNED(Kind.SIGNATURE, "SIGNATURE_MISSING", "the Response is not signed (RSP-2)"),
    /** Assertion without signature; the Response is signed, so a correct SP accepts it (RSP-4). */
    ASSERTION_UNSIGNED(Kind.SIGNATURE, null, "the assertion is not signed; the Response is, so this is valid (RSP-4)"),
    /** A signed value changed after signing. */
    SIGNATURE_BROKEN(Kind.SIGNATURE, "SIGNATURE_INVALID", "a signed attribute value is changed after signing (RSP-2)"),
    /** Signed by a key no SP trusts (its certificate is in KeyInfo). */
    UNTRUSTED_KEY(Kind.SIGNATURE, "UNTRUSTED_SIGNING_KEY", "signed by a key the SP does not trust (SEC-W12)"),
    /** XML signature wrapping: the signed Response moved into the signature's ds:Object, a forged one outside. */
    XSW_WRAPPED(Kind.SIGNATURE, "SIGNATURE_REFERENCE_INVALID",
            "signature wrapping: the signed Response hidden in ds:Object, a forged one around it (SEC-W1)"),
    /** RSA-SHA1 signatures with SHA-1 digests. */
    SHA1_SIGNATURE(Kind.SIGNATURE, "SIGNATURE_ALGORITHM_NOT_ALLOWED", "signed with RSA-SHA1 and SHA-1 digests (RSP-5)"),

    // --- encryption (RSP-3, SEC-E) -------------------------------------------------------------
    /** Assertion encrypted for a key the SP does not hold. */
    WRONG_ENCRYPTION_KEY(Kind.ENCRYPTION, "DECRYPTION_FAILED", "the assertion is encrypted for another key (SEC-E4)"),
    /** Key transport rsa-1_5. */
    ENCRYPTION_RSA_1_5(Kind.ENCRYPTION, "ENCRYPTION_ALGORITHM_NOT_ALLOWED", "key transport rsa-1_5 (SEC-E1)"),
    /** Data encryption AES-256-CBC. */
    ENCRYPTION_AES_CBC(Kind.ENCRYPTION, "ENCRYPTION_ALGORITHM_NOT_ALLOWED", "data encryption AES-256-CBC (SEC-E2)");

    /** Groups of failures. */
    public enum Kind {
        /** a non-success status, as Cl@ve sends it */
        STATUS,
        /** a successful-looking response with a wrong protocol field */
        PROTOCOL,
        /** a signature problem */
        SIGNATURE,
        /** an encryption problem */
        ENCRYPTION
    }

    private final Kind kind;
    private final String statusCode;
    private final String subStatusCode;
    private final String statusMessage;
    private final String expectedSpError;
    private final String description;

    Failure(Kind kind, String statusCode, String subStatusCode, String statusMessage, String expectedSpError,
            String description) {
        this.kind = kind;
        this.statusCode = statusCode;
        this.subStatusCode = subStatusCode;
        this.statusMessage = statusMessage;
        this.expectedSpError = expectedSpError;
        this.description = description;
    }

    Failure(Kind kind, String expectedSpError, String description) {
        this(kind, null, null, null, expectedSpError, description);
    }

    /** @return the group of this failure */
    public Kind kind() {
        return kind;
    }

    /** @return the top-level StatusCode for {@link Kind#STATUS} failures, else null */
    public String statusCode() {
        return statusCode;
    }

    /** @return the second-level StatusCode for {@link Kind#STATUS} failures, else null */
    public String subStatusCode() {
        return subStatusCode;
    }

    /** @return the StatusMessage for {@link Kind#STATUS} failures, else null */
    public String statusMessage() {
        return statusMessage;
    }

    /** @return the name of the clave-sp-core {@code ClaveError} a correct SP reports, or null when it must accept */
    public String expectedSpError() {
        return expectedSpError;
    }

    /** @return one English sentence describing what the stub does */
    public String description() {
        return description;
    }

    /** Parses an enum name case-insensitively (for command lines, forms and the HTTP API). */
    public static Failure parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown failure '" + text + "'; see es.clave.stub.Failure for the catalogue", e);
        }
    }

    /** SAML status code URIs. */
    public static final class Status {
        /** Success. */
        public static final String SUCCESS = "urn:oasis:names:tc:SAML:2.0:status:Success";
        /** The requester is at fault. */
        public static final String REQUESTER = "urn:oasis:names:tc:SAML:2.0:status:Requester";
        /** The responder failed. */
        public static final String RESPONDER = "urn:oasis:names:tc:SAML:2.0:status:Responder";
        /** Authentication failed. */
        public static final String AUTHN_FAILED = "urn:oasis:names:tc:SAML:2.0:status:AuthnFailed";
        /** Request denied. */
        public static final String REQUEST_DENIED = "urn:oasis:names:tc:SAML:2.0:status:RequestDenied";

        private Status() {
        }
    }
}
