package es.clave.sp.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Core's package graph stays acyclic: each top-level package of {@code es.clave.sp} is a slice, and
 * no slice may reach itself through others. A cycle makes packages impossible to understand, test
 * or split apart one at a time; the classes that used to close cycles ({@code ClaveConfigException},
 * {@code XmlText}) now live in leaf packages, and this test keeps it that way.
 */
class PackageCycleTest {

    private static final String ROOT = "es.clave.sp";

    /** Main classes only: test fixtures (including the deliberate cycle below) are not core's graph. */
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    /** @return the rule: the top-level packages below {@code root} are free of cycles */
    static ArchRule topLevelPackagesFreeOfCycles(String root) {
        return slices().matching(root + ".(*)..").namingSlices("package " + root + ".$1")
                .should().beFreeOfCycles();
    }

    @Test
    @DisplayName("core's top-level packages depend on each other without a cycle")
    void corePackagesAreFreeOfCycles() {
        topLevelPackagesFreeOfCycles(ROOT).check(CORE);
    }

    @Test
    @DisplayName("nothing below es.clave.sp depends on the facade package es.clave.sp itself")
    void subPackagesDoNotDependOnTheFacade() {
        noClasses().that().resideOutsideOfPackage(ROOT)
                .should().dependOnClassesThat().resideInAPackage(ROOT)
                .check(CORE);
    }

    @Test
    @DisplayName("the cycle rule fails on a package pair that uses each other (the rule can fail)")
    void cycleRuleReportsADeliberateCycle() {
        JavaClasses fixture = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS).importPackages(ROOT + ".architecture.fixture");
        EvaluationResult result = topLevelPackagesFreeOfCycles(ROOT + ".architecture.fixture").evaluate(fixture);
        assertTrue(result.hasViolation(), "the fixture's left<->right cycle must be reported");
        String report = result.getFailureReport().toString();
        assertTrue(report.contains("fixture.left") && report.contains("fixture.right"), report);
    }
}
