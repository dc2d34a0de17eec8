package es.clave.sp.response;

import java.util.List;

/**
 * The named steps of the login-response pipeline ({@link LoginResponseProcessor}), in the order it
 * runs them, with the rules each enforces. The pipeline pairs each check with its step once, and
 * reports the step that rejected a response ({@link LoginResponseProcessor#process(String, String,
 * es.clave.sp.login.PendingLogin, es.clave.sp.login.ClientInfo, java.util.function.Consumer)}), which
 * is how the explain tool names the failing check; a test keeps this list equal to
 * {@link LoginResponseProcessor#steps()}.
 */
public enum PipelineStep {
    /** Base64 decoding under the size cap. */
    DECODE("SAMLResponse is plain Base64 within the size cap", "BND-1", "SEC-X4"),
    /** Secure XML parsing. */
    PARSE("XML parses safely: no DOCTYPE, nesting limit, unique IDs",
            "SEC-X1", "SEC-X2", "SEC-X3", "SEC-W10"),
    /** The root element. */
    RESPONSE_SHAPE("root is a SAML 2.0 Response with ID, Version and IssueInstant",
            "RSP-1", "SEC-X6"),
    /** The status code. */
    STATUS("status is Success", "RSP-6", "SEC-P7"),
    /** One assertion. */
    ASSERTION_COUNT("exactly one Assertion or EncryptedAssertion (plaintext refused when encryption is required)",
            "RSP-3", "SEC-W11"),
    /** The Response signature. */
    RESPONSE_SIGNATURE("Response signed by a trusted Cl@ve key with allowed algorithms", "RSP-2", "RSP-5", "SEC-W", "SEC-S"),
    /** InResponseTo, Destination, issuer. */
    RESPONSE_ENVELOPE("InResponseTo is the request, Destination is the ACS URL, issuer as pinned",
            "RSP-1", "SEC-P1", "SEC-P3", "SEC-P6"),
    /** Decryption. */
    ASSERTION_DECRYPTION("an encrypted assertion opens with a configured key and allowed algorithms", "RSP-3", "SEC-E"),
    /** The assertion signature. */
    ASSERTION_SIGNATURE("the assertion's own signature, when present, validates with a trusted key", "RSP-4"),
    /** The assertion itself. */
    ASSERTION_SHAPE("assertion has ID, Version, IssueInstant and the Response's issuer", "RSP-1", "SEC-P6", "SEC-X6"),
    /** Issue instants. */
    ISSUE_INSTANT("IssueInstants lie between the request, the reception time and the maximum age", "RSP-10", "SEC-P5"),
    /** Conditions. */
    CONDITIONS("NotBefore/NotOnOrAfter hold and the SP is in every AudienceRestriction", "RSP-7", "SEC-P4", "SEC-P5"),
    /** Subject confirmation. */
    SUBJECT_CONFIRMATION("a bearer SubjectConfirmation with Recipient = ACS URL, InResponseTo and NotOnOrAfter", "RSP-8", "SEC-P9"),
    /** Level of assurance. */
    AUTHN_CONTEXT("LoA is an eIDAS level not lower than requested",
            "RSP-9", "SEC-P8"),
    /** Replay. */
    REPLAY("Response and Assertion IDs not seen before", "RSP-11", "SEC-P2"),
    /** Attributes and RelayState. */
    ATTRIBUTES("attributes collected; the RelayState attribute matches",
            "RSP-12", "SEC-P10"),
    /** Identity mapping. */
    IDENTITY("identity mapped: PersonIdentifier present, single-valued attributes single", "RSP-12", "SEC-P11");

    private final String description;
    private final List<String> ruleIds;

    PipelineStep(String description, String... ruleIds) {
        this.description = description;
        this.ruleIds = List.of(ruleIds);
    }

    /** @return what the step requires, in one line */
    public String description() {
        return description;
    }

    /** @return the protocol and security rules the step enforces */
    public List<String> ruleIds() {
        return ruleIds;
    }
}
