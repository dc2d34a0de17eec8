package es.clave.sp.diagnostics;

/** The outcome of one pipeline step in an explanation. */
public enum CheckStatus {
    /** the step ran and passed */
    PASS,
    /** the step ran and rejected the response */
    FAIL,
    /** the step did not run because an earlier one failed */
    NOT_RUN
}
