package es.clave.sp.diagnostics;

import es.clave.sp.response.LoginResponseProcessor;
import es.clave.sp.response.PipelineStep;
import es.clave.sp.state.InMemoryReplayCache;
import es.clave.sp.testing.saml.ResponseTestSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Keeps the explain tool's description of the pipeline equal to the pipeline itself. */
class PipelineStepCatalogueTest {

    @Test
    @DisplayName("explain: the named steps between parsing and identity mapping are exactly the pipeline's checks, in order")
    void catalogueMatchesThePipeline() throws Exception {
        LoginResponseProcessor processor = new LoginResponseProcessor(ResponseTestSetup.config(), new InMemoryReplayCache());
        Field field = LoginResponseProcessor.class.getDeclaredField("checks");
        field.setAccessible(true);
        List<String> pipeline = ((List<?>) field.get(processor)).stream().map(c -> c.getClass().getName()).toList();

        List<String> catalogue = Arrays.stream(PipelineStep.values())
                .filter(s -> s != PipelineStep.DECODE && s != PipelineStep.PARSE && s != PipelineStep.IDENTITY)
                .map(PipelineStep::implementation).toList();
        assertEquals(pipeline, catalogue);
    }

    @Test
    @DisplayName("explain: every step names an existing class and at least one rule id")
    void everyStepNamesAClassAndRules() {
        for (PipelineStep step : PipelineStep.values()) {
            assertDoesNotThrow(() -> Class.forName(step.implementation()), step.name());
            assertFalse(step.ruleIds().isEmpty(), step.name());
        }
    }
}
