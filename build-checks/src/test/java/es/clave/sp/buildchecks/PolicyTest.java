package es.clave.sp.buildchecks;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyTest {

    private static ResolvedJar jar(String coordinates) {
        String[] p = coordinates.split(":");
        return new ResolvedJar(p[0], p[1], Version.parse(p[2]), Path.of("/repo/x.jar"));
    }

    @Test
    @DisplayName("SEC-D: the shipped policy forbids what issue 12 found in an adopter's graph")
    void shippedPolicyCatchesTheKnownOffenders() {
        DependencyPolicy policy = DependencyPolicy.load();
        List<String> findings = policy.violations(List.of(
                jar("org.bouncycastle:bcprov-jdk15on:1.64"),
                jar("org.opensaml:opensaml-core:4.0.1"),
                jar("net.shibboleth.utilities:java-support:8.0.0"),
                jar("org.apache.httpcomponents:httpclient:4.5.14"),
                jar("commons-logging:commons-logging:1.2"),
                jar("org.slf4j:jcl-over-slf4j:2.0.20"),
                jar("javax.servlet:javax.servlet-api:4.0.1"),
                jar("com.google.guava:guava:33.8.0-jre"),
                jar("org.apache.santuario:xmlsec:2.1.4"),
                jar("org.bouncycastle:bcpkix-jdk18on:1.70")));
        assertEquals(10, findings.size(), String.join("\n", findings));
    }

    @Test
    @DisplayName("SEC-D: current lines and versions at or above the published floors pass")
    void currentVersionsPass() {
        DependencyPolicy policy = DependencyPolicy.load();
        PolicyRule xmlsecFloor = policy.rules().stream()
                .filter(r -> r.kind() == PolicyRule.Kind.FLOOR && r.pattern().equals("org.apache.santuario:xmlsec"))
                .findFirst().orElseThrow();
        PolicyRule bcFloor = policy.rules().stream()
                .filter(r -> r.kind() == PolicyRule.Kind.FLOOR && r.pattern().startsWith("org.bouncycastle:"))
                .findFirst().orElseThrow();
        assertEquals(List.of(), policy.violations(List.of(
                jar("commons-logging:commons-logging:1.3.6"),
                jar("org.springframework:spring-core:7.0.9"),
                jar("org.slf4j:slf4j-api:2.0.18"),
                jar("org.apache.httpcomponents.client5:httpclient5:5.5"),
                jar("org.apache.santuario:xmlsec:" + xmlsecFloor.version()),
                jar("org.bouncycastle:bcprov-jdk18on:" + bcFloor.version()))));
    }

    @Test
    @DisplayName("SEC-D: the floors are the root pom's versions, filled in by the build")
    void floorsAreFilledIn() {
        DependencyPolicy policy = DependencyPolicy.load();
        assertEquals(2, policy.rules().stream().filter(r -> r.kind() == PolicyRule.Kind.FLOOR).count());
        // parsing "${xmlsec.version}" would have failed: a floor is a real version here
        policy.rules().forEach(r -> assertFalse(r.reason().contains("${"), r::toString));
    }

    @Test
    @DisplayName("SEC-D: a line rule fails versions below its bound only; wildcards match any run of characters")
    void lineRule() {
        PolicyRule rule = PolicyRule.parse("line org.opensaml:opensaml-* 5 out of support");
        assertTrue(rule.violation(jar("org.opensaml:opensaml-saml-impl:4.3.2")).isPresent());
        assertFalse(rule.violation(jar("org.opensaml:opensaml-saml-impl:5.1.3")).isPresent());
        assertFalse(rule.violation(jar("org.opensamlx:opensaml-saml-impl:1")).isPresent());
    }

    @Test
    @DisplayName("SEC-D: a malformed policy line is refused with the line in the message")
    void malformedLines() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyRule.parse("floor x:y"));
        assertTrue(e.getMessage().contains("floor x:y"));
        assertThrows(IllegalArgumentException.class, () -> PolicyRule.parse("line x:y - no version"));
        assertThrows(IllegalArgumentException.class, () -> DependencyPolicy.parse(List.of("# only a comment")));
    }
}
