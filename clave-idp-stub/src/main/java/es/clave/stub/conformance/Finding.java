package es.clave.stub.conformance;

import java.util.Objects;

/**
 * One conformance problem of a request.
 *
 * @param ruleId   the protocol rule, e.g. {@code REQ-7}
 * @param severity MUST (a violation) or SHOULD (a warning)
 * @param problem  what is wrong, quoting the offending value
 * @param fix      one sentence saying what to change
 */
public record Finding(String ruleId, Severity severity, String problem, String fix) {

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
    }

    /** @return {@code REQ-7 MUST: problem. Fix: fix} */
    @Override
    public String toString() {
        return ruleId + " " + severity + ": " + problem + " Fix: " + fix;
    }
}
