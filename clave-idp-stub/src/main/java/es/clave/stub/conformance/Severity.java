package es.clave.stub.conformance;

/** How bad a finding is. */
public enum Severity {
    /** The rule is broken; strict mode answers with an error instead of a login. */
    MUST,
    /** A deviation Cl@ve tolerates but the SP should fix. */
    SHOULD
}
