package es.clave.sp.response;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The named steps of the login-response pipeline ({@code es.clave.sp.response.LoginResponseProcessor}),
 * in the order it runs them, with the rules each enforces. This is a description for operators, not
 * a second implementation: the verdict always comes from the real pipeline, and a test keeps this
 * list equal to the pipeline's own list of checks.
 */
public enum PipelineStep {
    /** Base64 decoding under the size cap. */
    DECODE("es.clave.sp.response.SamlFieldDecoder", "SAMLResponse is plain Base64 within the size cap", "BND-1", "SEC-X4"),
    /** Secure XML parsing. */
    PARSE("es.clave.sp.internal.saml.xml.SecureXmlParser", "XML parses safely: no DOCTYPE, nesting limit, unique IDs",
            "SEC-X1", "SEC-X2", "SEC-X3", "SEC-W10"),
    /** The root element. */
    RESPONSE_SHAPE("es.clave.sp.response.ResponseShapeCheck", "root is a SAML 2.0 Response with ID, Version and IssueInstant",
            "RSP-1", "SEC-X6"),
    /** The status code. */
    STATUS("es.clave.sp.response.StatusCheck", "status is Success", "RSP-6", "SEC-P7"),
    /** One assertion. */
    ASSERTION_COUNT("es.clave.sp.response.AssertionCountCheck",
            "exactly one Assertion or EncryptedAssertion (plaintext refused when encryption is required)", "RSP-3", "SEC-W11"),
    /** The Response signature. */
    RESPONSE_SIGNATURE("es.clave.sp.response.ResponseSignatureCheck",
            "Response signed by a trusted Cl@ve key with allowed algorithms", "RSP-2", "RSP-5", "SEC-W", "SEC-S"),
    /** InResponseTo, Destination, issuer. */
    RESPONSE_ENVELOPE("es.clave.sp.response.ResponseEnvelopeCheck",
            "InResponseTo is the request, Destination is the ACS URL, issuer as pinned", "RSP-1", "SEC-P1", "SEC-P3", "SEC-P6"),
    /** Decryption. */
    ASSERTION_DECRYPTION("es.clave.sp.response.AssertionDecryptionStep",
            "an encrypted assertion opens with a configured key and allowed algorithms", "RSP-3", "SEC-E"),
    /** The assertion signature. */
    ASSERTION_SIGNATURE("es.clave.sp.response.AssertionSignatureCheck",
            "the assertion's own signature, when present, validates with a trusted key", "RSP-4"),
    /** The assertion itself. */
    ASSERTION_SHAPE("es.clave.sp.response.AssertionShapeCheck",
            "assertion has ID, Version, IssueInstant and the Response's issuer", "RSP-1", "SEC-P6", "SEC-X6"),
    /** Issue instants. */
    ISSUE_INSTANT("es.clave.sp.response.IssueInstantCheck",
            "IssueInstants lie between the request, the reception time and the maximum age", "RSP-10", "SEC-P5"),
    /** Conditions. */
    CONDITIONS("es.clave.sp.response.ConditionsCheck",
            "NotBefore/NotOnOrAfter hold and the SP is in every AudienceRestriction", "RSP-7", "SEC-P4", "SEC-P5"),
    /** Subject confirmation. */
    SUBJECT_CONFIRMATION("es.clave.sp.response.SubjectConfirmationCheck",
            "a bearer SubjectConfirmation with Recipient = ACS URL, InResponseTo and NotOnOrAfter", "RSP-8", "SEC-P9"),
    /** Level of assurance. */
    AUTHN_CONTEXT("es.clave.sp.response.AuthnContextCheck", "LoA is an eIDAS level not lower than requested",
            "RSP-9", "SEC-P8"),
    /** Replay. */
    REPLAY("es.clave.sp.response.ReplayCheck", "Response and Assertion IDs not seen before", "RSP-11", "SEC-P2"),
    /** Attributes and RelayState. */
    ATTRIBUTES("es.clave.sp.response.AttributeCollection", "attributes collected; the RelayState attribute matches",
            "RSP-12", "SEC-P10"),
    /** Identity mapping. */
    IDENTITY("es.clave.sp.identity.AttributeMapper",
            "identity mapped: PersonIdentifier present, single-valued attributes single", "RSP-12", "SEC-P11");

    private final String implementation;
    private final String description;
    private final List<String> ruleIds;

    PipelineStep(String implementation, String description, String... ruleIds) {
        this.implementation = implementation;
        this.description = description;
        this.ruleIds = List.of(ruleIds);
    }

    /** @return the class the pipeline calls for this step */
    public String implementation() {
        return implementation;
    }

    /** @return what the step requires, in one line */
    public String description() {
        return description;
    }

    /** @return the protocol and security rules the step enforces */
    public List<String> ruleIds() {
        return ruleIds;
    }

    /** @return the step implemented by {@code className}, if any */
    public static Optional<PipelineStep> forImplementation(String className) {
        return Arrays.stream(values()).filter(s -> s.implementation.equals(className)).findFirst();
    }
}
