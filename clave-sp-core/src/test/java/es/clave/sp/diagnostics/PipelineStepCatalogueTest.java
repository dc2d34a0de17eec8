package es.clave.sp.diagnostics;

import es.clave.sp.response.LoginResponseProcessor;
import es.clave.sp.response.PipelineStep;
import es.clave.sp.state.InMemoryReplayCache;
import es.clave.sp.testing.saml.ResponseTestSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Keeps the explain tool's description of the pipeline equal to the pipeline itself. */
class PipelineStepCatalogueTest {

    @Test
    @DisplayName("explain: the catalogue of named steps is exactly the pipeline's steps, in the order it runs them")
    void catalogueMatchesThePipeline() {
        LoginResponseProcessor processor = new LoginResponseProcessor(ResponseTestSetup.config(), new InMemoryReplayCache());
        assertEquals(List.of(PipelineStep.values()), processor.steps());
    }

    @Test
    @DisplayName("explain: every step cites at least one rule id")
    void everyStepCitesRules() {
        for (PipelineStep step : PipelineStep.values()) {
            assertFalse(step.ruleIds().isEmpty(), step.name());
        }
    }
}
