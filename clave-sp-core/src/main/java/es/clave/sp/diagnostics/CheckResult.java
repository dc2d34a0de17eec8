package es.clave.sp.diagnostics;

import es.clave.sp.response.PipelineStep;

/**
 * One line of an explanation.
 *
 * @param step   the pipeline step
 * @param status pass, fail or not run
 * @param detail why it failed, or an assumption the explanation made for it; may be null
 */
public record CheckResult(PipelineStep step, CheckStatus status, String detail) {
}
