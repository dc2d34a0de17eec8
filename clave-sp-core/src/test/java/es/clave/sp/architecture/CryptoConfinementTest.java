package es.clave.sp.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import es.clave.sp.architecture.fixtures.DigestsADomNode;
import es.clave.sp.architecture.fixtures.UsesSantuario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SEC-D: XML cryptography happens in one package, {@code es.clave.sp.internal.saml}, where our
 * strict profile runs before it. Outside it, core's production code neither calls Santuario or
 * the JDK's XML signature API, nor combines a DOM with signature, digest or cipher engines.
 * Request signing over rendered bytes (no DOM) is allowed where it is.
 */
class CryptoConfinementTest {

    private static final String[] XML_CRYPTO_PACKAGES = {"org.apache.xml.security..", "javax.xml.crypto.."};

    private static final ArchRule SANTUARIO_ONLY_IN_INTERNAL_SAML = noClasses()
            .that().resideOutsideOfPackage(CoreProductionClasses.INTERNAL_SAML)
            .should().dependOnClassesThat().resideInAnyPackage(XML_CRYPTO_PACKAGES)
            .because("SEC-D: Santuario and XML signature APIs are confined to es.clave.sp.internal.saml");

    private static final ArchRule DOM_CRYPTO_ONLY_IN_INTERNAL_SAML = classes()
            .that().resideOutsideOfPackage(CoreProductionClasses.INTERNAL_SAML)
            .should(notCombineDomWithCryptoEngines())
            .because("SEC-D: cryptography over DOM nodes is confined to es.clave.sp.internal.saml");

    @Test
    @DisplayName("SEC-D: Santuario (org.apache.xml.security) and javax.xml.crypto are used only under es.clave.sp.internal.saml")
    void santuarioIsConfinedToInternalSaml() {
        SANTUARIO_ONLY_IN_INTERNAL_SAML.check(CoreProductionClasses.get());
    }

    @Test
    @DisplayName("SEC-D: no class outside es.clave.sp.internal.saml uses a DOM together with Signature, MessageDigest or javax.crypto")
    void domLevelCryptoIsConfinedToInternalSaml() {
        DOM_CRYPTO_ONLY_IN_INTERNAL_SAML.check(CoreProductionClasses.get());
    }

    @Test
    @DisplayName("SEC-D: the confinement rules report a class that uses Santuario or digests a DOM node")
    void theConfinementRulesCatchOffenders() {
        assertTrue(SANTUARIO_ONLY_IN_INTERNAL_SAML.evaluate(new ClassFileImporter().importClasses(UsesSantuario.class))
                .hasViolation(), "a class using Santuario outside internal.saml must be reported");
        assertTrue(DOM_CRYPTO_ONLY_IN_INTERNAL_SAML.evaluate(new ClassFileImporter().importClasses(DigestsADomNode.class))
                .hasViolation(), "a class digesting a DOM node outside internal.saml must be reported");
    }

    private static ArchCondition<JavaClass> notCombineDomWithCryptoEngines() {
        DescribedPredicate<JavaClass> dom = JavaClass.Predicates.resideInAPackage("org.w3c.dom..");
        DescribedPredicate<JavaClass> cryptoEngine = JavaClass.Predicates.resideInAPackage("javax.crypto..")
                .or(JavaClass.Predicates.belongToAnyOf(java.security.Signature.class, java.security.MessageDigest.class));
        return new ArchCondition<>("not use a DOM together with a signature, digest or cipher engine") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                List<JavaClass> targets = item.getDirectDependenciesFromSelf().stream()
                        .map(Dependency::getTargetClass).distinct().toList();
                List<JavaClass> engines = targets.stream().filter(cryptoEngine).toList();
                if (targets.stream().anyMatch(dom) && !engines.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " uses org.w3c.dom and "
                            + engines.stream().map(JavaClass::getName).collect(Collectors.joining(", "))));
                }
            }
        };
    }
}
