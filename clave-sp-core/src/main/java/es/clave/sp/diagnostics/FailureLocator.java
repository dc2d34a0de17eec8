package es.clave.sp.diagnostics;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.response.PipelineStep;

import java.util.Optional;

/**
 * Finds which named step of the real pipeline rejected a response. The pipeline calls each step
 * directly from {@code LoginResponseProcessor}, so the step is the frame that processor called when
 * the exception was created. Reading the exception keeps the real validation path untouched.
 */
final class FailureLocator {

    static final String PROCESSOR = "es.clave.sp.response.LoginResponseProcessor";

    private FailureLocator() {
    }

    /** @return the step that threw {@code failure}, or empty when it failed outside the named steps */
    static Optional<PipelineStep> locate(ClaveAuthenticationException failure) {
        Throwable origin = failure;
        if (failure.error() == ClaveError.INTERNAL_ERROR && failure.getCause() != null) {
            // the processor wraps unexpected exceptions: where the cause came from is what matters
            origin = failure.getCause();
        }
        StackTraceElement[] stack = origin.getStackTrace();
        for (int i = 1; i < stack.length; i++) {
            if (PROCESSOR.equals(stack[i].getClassName()) && !PROCESSOR.equals(stack[i - 1].getClassName())) {
                Optional<PipelineStep> step = PipelineStep.forImplementation(stack[i - 1].getClassName());
                if (step.isPresent()) {
                    return step;
                }
                break;
            }
        }
        // failures raised by the processor itself before any step
        return failure.error() == ClaveError.RESPONSE_MISSING ? Optional.of(PipelineStep.DECODE) : Optional.empty();
    }
}
