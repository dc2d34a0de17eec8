package es.clave.sp.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import es.clave.sp.architecture.fixtures.ImportsOpenSaml;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SEC-D: the libraries removed with OpenSAML stay out of core, both as imports in production code
 * and as jars on its runtime class path (the graph Maven resolves for core's compile and runtime
 * scopes, written by the build to {@code target/runtime-dependencies.txt}).
 */
class RemovedLibrariesTest {

    /** {@code groupId:artifactId:type:version:scope} as maven-dependency-plugin's list goal writes it. */
    private static final Pattern DEPENDENCY_LINE = Pattern.compile("^\\s+([\\w.\\-]+:[\\w.\\-]+:[^\\s]+)");

    @Test
    @DisplayName("SEC-D: core's production code imports none of the removed libraries")
    void productionCodeImportsNoRemovedLibrary() {
        JavaClasses core = CoreProductionClasses.get();
        for (RemovedLibrary library : RemovedLibrary.ALL) {
            importsOf(library).check(core);
        }
    }

    @Test
    @DisplayName("SEC-D: the removed-library rule reports a class that imports OpenSAML")
    void theImportRuleCatchesAnOffender() {
        JavaClasses offender = new ClassFileImporter().importClasses(ImportsOpenSaml.class);
        RemovedLibrary openSaml = RemovedLibrary.ALL.get(0);
        EvaluationResult result = importsOf(openSaml).evaluate(offender);
        assertTrue(result.hasViolation(), "a class importing org.opensaml must be reported");
    }

    @Test
    @DisplayName("SEC-D: no removed library is on core's runtime class path")
    void runtimeClassPathHoldsNoRemovedLibrary() throws IOException {
        List<String> runtime = runtimeDependencies();
        // the list is the real graph, not an empty or foreign file
        assertTrue(runtime.stream().anyMatch(c -> c.startsWith("org.apache.santuario:xmlsec:")), runtime::toString);
        assertTrue(runtime.stream().anyMatch(c -> c.startsWith("org.slf4j:slf4j-api:")), runtime::toString);

        List<String> offenders = runtime.stream()
                .filter(c -> RemovedLibrary.ALL.stream().anyMatch(l -> l.matches(c)))
                .toList();
        assertEquals(List.of(), offenders, "removed libraries on core's runtime class path");
    }

    private static ArchRule importsOf(RemovedLibrary library) {
        return noClasses().should().dependOnClassesThat().resideInAnyPackage(library.packages().toArray(String[]::new))
                .because("SEC-D: core no longer runs with " + library.name());
    }

    private static List<String> runtimeDependencies() throws IOException {
        Path file = Path.of(System.getProperty("clave.runtimeDependencies", "target/runtime-dependencies.txt"));
        assertTrue(Files.isRegularFile(file), file + " is written by the build (mvn test); run the test through Maven");
        return Files.readAllLines(file).stream()
                .map(DEPENDENCY_LINE::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .toList();
    }
}
