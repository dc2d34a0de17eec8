package es.clave.sp.diagnostics;

import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.response.PipelineStep;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The explanation of one response: the real pipeline's verdict, every step with pass/fail/not run,
 * what the message says, the identity where it could be read, and every assumption made.
 *
 * @param valid            whether the real pipeline accepted the response
 * @param error            the failure kind when rejected, else null
 * @param errorDetail      the pipeline's log detail when rejected, else null
 * @param checks           every pipeline step in order
 * @param facts            values read from the message (not verified)
 * @param identity         the identity: verified when {@code valid}, otherwise read from the attributes; may be null
 * @param receivedAt       the validation clock used
 * @param assumptions      what the explanation assumed for values the operator did not give
 * @param problems         parts of the message that could not be read
 * @param hint             what an operator usually does about this failure, or null
 */
public record ExplainReport(boolean valid, ClaveError error, String errorDetail, List<CheckResult> checks,
                            List<Fact> facts, ClaveIdentity identity, Instant receivedAt, List<String> assumptions,
                            List<String> problems, String hint) {

    /** Copies every list. */
    public ExplainReport {
        checks = List.copyOf(checks);
        facts = List.copyOf(facts);
        assumptions = List.copyOf(assumptions);
        problems = List.copyOf(problems);
    }

    /** @return the step that rejected the response, if it was rejected by a named step */
    public Optional<CheckResult> failedCheck() {
        return checks.stream().filter(c -> c.status() == CheckStatus.FAIL).findFirst();
    }

    /** @return the status of {@code step} */
    public CheckStatus statusOf(PipelineStep step) {
        return checks.stream().filter(c -> c.step() == step).map(CheckResult::status).findFirst().orElse(CheckStatus.NOT_RUN);
    }
}
