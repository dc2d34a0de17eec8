package es.clave.sp.error;

/**
 * Every way a Cl@ve login or logout ends without an identity. Each value names the rule it
 * enforces (protocol {@code RSP-}/{@code LGO-}/{@code BND-} or security {@code SEC-} ids), a reason
 * for the log, and the key of the message shown to the citizen. Security failures share one
 * generic user message on purpose: the specific reason goes to the log only.
 */
public enum ClaveError {
    // --- outcomes the citizen caused or the gateway reported (RSP-6) -------------------------
    USER_CANCELLED("RSP-6", Category.CITIZEN, "the citizen cancelled the authentication at the gateway"),
    AUTHENTICATION_FAILED("RSP-6", Category.CITIZEN, "the gateway reports that authentication failed"),
    LOA_TOO_LOW("RSP-9", Category.CITIZEN, "the achieved level of assurance is lower than the requested one"),
    CERTIFICATE_EXPIRED("RSP-6", Category.CITIZEN, "the citizen's certificate has expired"),
    CERTIFICATE_REVOKED("RSP-6", Category.CITIZEN, "the citizen's certificate is revoked"),
    CERTIFICATE_TYPE_NOT_ALLOWED("RSP-6", Category.CITIZEN, "the type of the citizen's certificate is not allowed"),
    NO_CERTIFICATE_SUBMITTED("RSP-6", Category.CITIZEN, "no certificate was submitted"),
    GATEWAY_ERROR("RSP-6", Category.GATEWAY, "the gateway answered with a non-success status"),

    // --- message shape and parsing (SEC-X) ----------------------------------------------------
    RESPONSE_MISSING("BND-2", Category.SECURITY, "no SAMLResponse field was posted"),
    RESPONSE_TOO_LARGE("SEC-X4", Category.SECURITY, "the posted message exceeds the configured size cap"),
    MALFORMED_RESPONSE("SEC-X4", Category.SECURITY, "the message is not valid Base64, XML or SAML"),
    FORBIDDEN_XML_CONSTRUCT("SEC-X1", Category.SECURITY, "the XML carries a DOCTYPE, is not XML 1.0, or holds another forbidden construct"),
    XML_TOO_DEEP("SEC-X3", Category.SECURITY, "the XML is nested deeper than the allowed limit"),

    // --- signatures (RSP-2, RSP-4, RSP-5, SEC-W, SEC-S) -------------------------------------
    SIGNATURE_MISSING("RSP-2", Category.SECURITY, "the Response is not signed"),
    SIGNATURE_INVALID("RSP-2", Category.SECURITY, "a signature does not validate"),
    UNTRUSTED_SIGNING_KEY("SEC-W12", Category.SECURITY, "the signature was made with a key that is not a trusted Cl@ve key"),
    SIGNATURE_ALGORITHM_NOT_ALLOWED("SEC-S1", Category.SECURITY, "a signature or digest algorithm is not on the allow-list"),
    SIGNATURE_TRANSFORM_NOT_ALLOWED("SEC-S2", Category.SECURITY, "a signature transform is not on the allow-list"),
    SIGNATURE_REFERENCE_INVALID("SEC-W10", Category.SECURITY, "a signature reference does not point at its own parent element"),
    ASSERTION_COUNT_INVALID("RSP-3", Category.SECURITY, "the Response does not carry exactly one assertion"),

    // --- encryption (RSP-3, SEC-E) ------------------------------------------------------------
    ENCRYPTION_REQUIRED("RSP-3", Category.SECURITY, "a plaintext assertion arrived but encryption is required"),
    ENCRYPTION_ALGORITHM_NOT_ALLOWED("SEC-E1", Category.SECURITY, "a key-transport or data-encryption algorithm is not on the allow-list"),
    CIPHER_REFERENCE_FORBIDDEN("SEC-E3", Category.SECURITY, "the encrypted data points at a CipherReference"),
    DECRYPTION_FAILED("SEC-E4", Category.SECURITY, "the assertion could not be decrypted with any configured key"),

    // --- protocol checks (RSP-1, RSP-7 ... RSP-12, SEC-P) ------------------------------------
    UNSOLICITED_RESPONSE("SEC-P1", Category.SECURITY, "no pending login matches this response"),
    IN_RESPONSE_TO_MISMATCH("SEC-P1", Category.SECURITY, "InResponseTo does not match the pending request"),
    WRONG_DESTINATION("SEC-P3", Category.SECURITY, "the Destination is not the configured ACS URL"),
    WRONG_RECIPIENT("SEC-P3", Category.SECURITY, "the SubjectConfirmationData Recipient is not the configured ACS URL"),
    WRONG_AUDIENCE("SEC-P4", Category.SECURITY, "the SP is not in every AudienceRestriction"),
    ISSUER_MISMATCH("SEC-P6", Category.SECURITY, "the issuer is not the pinned one, or Response and Assertion issuers differ"),
    ISSUER_FORMAT_INVALID("SEC-P6", Category.SECURITY, "an Issuer carries a Format other than urn:oasis:names:tc:SAML:2.0:nameid-format:entity"),
    ID_INVALID("SEC-P2", Category.SECURITY, "an ID or InResponseTo is not an xsd:ID (an NCName exactly as written)"),
    NOT_YET_VALID("SEC-P5", Category.SECURITY, "the assertion is not valid yet"),
    EXPIRED("SEC-P5", Category.SECURITY, "the assertion or its subject confirmation has expired"),
    VALIDITY_TOO_LONG("SEC-P5", Category.SECURITY, "a NotOnOrAfter lies further after the IssueInstant than the configured maximum validity"),
    ISSUE_INSTANT_OUT_OF_RANGE("RSP-10", Category.SECURITY, "an IssueInstant is outside the accepted window or older than the maximum response age"),
    SUBJECT_CONFIRMATION_INVALID("SEC-P9", Category.SECURITY, "no bearer SubjectConfirmation validates"),
    AUTHN_CONTEXT_INVALID("SEC-P8", Category.SECURITY, "the AuthnStatement or its LoA is missing or unknown"),
    REPLAYED("SEC-P2", Category.SECURITY, "the Response or Assertion ID has been seen before"),
    RELAY_STATE_MISMATCH("SEC-P10", Category.SECURITY, "the RelayState does not match the pending login"),
    BROWSER_MISMATCH("SEC-H2", Category.SECURITY, "the response was delivered by a browser that did not start this login"),
    PERSON_IDENTIFIER_MISSING("SEC-P11", Category.SECURITY, "the assertion carries no PersonIdentifier"),
    ATTRIBUTE_DUPLICATED("SEC-P11", Category.SECURITY, "a single-valued identity attribute carries several values"),

    // --- logout (LGO-2) -----------------------------------------------------------------------
    LOGOUT_FAILED("LGO-2", Category.GATEWAY, "the gateway did not confirm the logout"),

    // --- the SP's own infrastructure ----------------------------------------------------------
    STATE_UNAVAILABLE("RSP-11", Category.INFRASTRUCTURE, "the pending-login or replay store is unreachable; failing closed"),
    INTERNAL_ERROR("-", Category.INFRASTRUCTURE, "an unexpected error happened while processing the message");

    /** Broad groups of failures; security failures share one user message. */
    public enum Category {
        /** something the citizen did or that happened to the citizen's credentials */
        CITIZEN,
        /** the gateway reported a failure that is not the citizen's doing */
        GATEWAY,
        /** the message failed validation; the user sees one generic message */
        SECURITY,
        /** the SP's own infrastructure failed */
        INFRASTRUCTURE
    }

    private final String ruleId;
    private final Category category;
    private final String logReason;

    ClaveError(String ruleId, Category category, String logReason) {
        this.ruleId = ruleId;
        this.category = category;
        this.logReason = logReason;
    }

    /** @return the protocol or security rule this failure enforces, e.g. {@code SEC-P3} */
    public String ruleId() {
        return ruleId;
    }

    /** @return the broad group of this failure */
    public Category category() {
        return category;
    }

    /** @return an English reason for the log; never shown to the citizen */
    public String logReason() {
        return logReason;
    }

    /**
     * @return the resource-bundle key of the citizen-facing message; every {@link Category#SECURITY}
     *         value shares {@code clave.error.security} so attackers learn nothing from the page
     */
    public String messageKey() {
        return category == Category.SECURITY ? "clave.error.security" : "clave.error." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
