package es.clave.sp.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Core's compiled production classes (target/classes only: no tests, no jars), imported once per run. */
final class CoreProductionClasses {

    static final String INTERNAL_SAML = "es.clave.sp.internal.saml..";

    private static JavaClasses classes;

    private CoreProductionClasses() {
    }

    static synchronized JavaClasses get() {
        if (classes == null) {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                    .importPackages("es.clave.sp");
            if (!classes.contain("es.clave.sp.ClaveServiceProvider")) {
                throw new IllegalStateException("core's production classes were not found on the test class path");
            }
        }
        return classes;
    }
}
