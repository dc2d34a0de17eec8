package es.clave.sp.config;

import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.keys.SpCredential;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.testing.TestConfigs;
import es.clave.sp.testing.TestCredentials;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Build-time validation: each error names the property key (also for the builder) and the fix. */
class ConfigValidatorTest {

    private static ClaveConfigException fails(ClaveSpConfig.Builder b, String property, String... fragments) {
        ClaveConfigException e = assertThrows(ClaveConfigException.class, b::build);
        assertEquals(property, e.property(), e.getMessage());
        assertTrue(e.getMessage().startsWith(property + ": "), e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "'" + f + "' missing from: " + e.getMessage());
        }
        return e;
    }

    @Test
    @DisplayName("a complete configuration builds with the documented defaults")
    void defaults() {
        ClaveSpConfig c = TestConfigs.valid();
        assertEquals(Environment.PRE, c.environment());
        assertEquals(URI.create("https://se-pasarela.clave.gob.es/Proxy2/ServiceProvider"), c.gatewayEndpoint());
        assertEquals(TestConfigs.ACS, c.entityId());
        assertEquals(TestConfigs.ACS, c.audience());
        assertEquals(URI.create(TestConfigs.ACS), c.logoutReturnUrl());
        assertEquals(SignatureAlgorithm.RSA_SHA512, c.signatureAlgorithm());
        assertEquals(Duration.ofSeconds(60), c.clockSkew());
        assertEquals(Duration.ofMinutes(5), c.maxResponseAge());
        assertEquals(IdentificationMethod.offerable(), c.defaultMethods());
        assertEquals(SpType.PUBLIC, c.spType());
        assertEquals(List.of(), c.decryptionCredentials());
        assertEquals(List.of(), c.warnings());
    }

    @Test
    @DisplayName("REQ-3 missing or blank SP code -> clave.sp.code")
    void missingSpCode() {
        fails(TestConfigs.validBuilder().spCode(null), "clave.sp.code", "missing");
        fails(TestConfigs.validBuilder().spCode("  "), "clave.sp.code", "missing");
    }

    @Test
    @DisplayName("REQ-3 ';' in either ProviderName part or an empty application -> named property")
    void providerNameParts() {
        fails(TestConfigs.validBuilder().spCode("A;B"), "clave.sp.code", "';'");
        fails(TestConfigs.validBuilder().applicationName("app;x"), "clave.sp.application", "';'");
        fails(TestConfigs.validBuilder().applicationName(""), "clave.sp.application", "missing or empty");
        fails(TestConfigs.validBuilder().applicationName("bad\u0007"), "clave.sp.application", "control character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://sp.example.es/acs", "ftp://sp.example.es/acs", "/relative/acs", "https://sp/acs#frag"})
    @DisplayName("REQ-5 ACS not absolute https (http only for localhost) -> clave.sp.acs-url")
    void acsMustBeHttps(String acs) {
        fails(TestConfigs.validBuilder().acsUrl(acs), "clave.sp.acs-url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080/acs", "http://127.0.0.1/acs", "http://[::1]:8080/acs", "https://sp.example.es/acs"})
    @DisplayName("REQ-5 http is accepted for localhost, 127.0.0.1 and [::1]")
    void localHttpAccepted(String acs) {
        assertDoesNotThrow(() -> TestConfigs.validBuilder().acsUrl(acs).build());
    }

    @Test
    @DisplayName("REQ-5 missing ACS -> clave.sp.acs-url; bad logout URL -> clave.sp.logout-return-url")
    void missingAcs() {
        fails(TestConfigs.validBuilder().acsUrl(null), "clave.sp.acs-url", "missing");
        fails(TestConfigs.validBuilder().logoutReturnUrl("http://sp.example.es/out"), "clave.sp.logout-return-url", "https");
    }

    @Test
    @DisplayName("REQ-2 LOCAL without base URL -> clave.gateway.base-url")
    void localNeedsBaseUrl() {
        fails(TestConfigs.validBuilder().environment(Environment.LOCAL), "clave.gateway.base-url", "local");
        fails(TestConfigs.validBuilder().environment(Environment.LOCAL).gatewayBaseUrl("http://stub.example.es"),
                "clave.gateway.base-url", "https");
        assertEquals(URI.create("http://localhost:9000/Proxy2/ServiceProvider"), TestConfigs.validBuilder()
                .environment(Environment.LOCAL).gatewayBaseUrl("http://localhost:9000").build().gatewayEndpoint());
    }

    @Test
    @DisplayName("REQ-2 a base URL with PRE/PRO is ignored with a warning, never silently")
    void baseUrlIgnoredOutsideLocal() {
        ClaveSpConfig c = TestConfigs.validBuilder().gatewayBaseUrl("https://elsewhere.example").build();
        assertEquals(URI.create("https://se-pasarela.clave.gob.es/Proxy2/ServiceProvider"), c.gatewayEndpoint());
        assertEquals(1, c.warnings().size());
        assertTrue(c.warnings().get(0).startsWith("clave.gateway.base-url: ignored"), c.warnings().get(0));
    }

    @Test
    @DisplayName("REQ-5 an unparsable ACS URL given to the builder names clave.sp.acs-url")
    void unparsableAcs() {
        ClaveConfigException e = assertThrows(ClaveConfigException.class,
                () -> TestConfigs.validBuilder().acsUrl("https://bad host/acs"));
        assertEquals("clave.sp.acs-url", e.property());
    }

    @Test
    @DisplayName("REQ-7 missing signing credential -> clave.sp.signing")
    void missingSigning() {
        fails(TestConfigs.validBuilder().signingCredential(null), "clave.sp.signing", "key-store");
    }

    @Test
    @DisplayName("REQ-7 RSA key shorter than 2048 bits -> clave.sp.signing")
    void shortKey() {
        fails(TestConfigs.validBuilder().signingCredential(TestCredentials.rsa("short", 1024)), "clave.sp.signing",
                "1024 bits", "2048");
    }

    @Test
    @DisplayName("REQ-7 EC signing key is refused: requests are signed with RSA")
    void ecRefused() {
        fails(TestConfigs.validBuilder().signingCredential(TestCredentials.ecP256("ec")), "clave.sp.signing", "EC", "RSA", "REQ-7");
        fails(TestConfigs.validBuilder().addDecryptionCredential(TestCredentials.ecP256("ec")), "clave.sp.decryption[0]",
                "EC", "RSA");
    }

    @Test
    @DisplayName("certificate not matching the private key -> the credential's property")
    void mismatch() {
        SpCredential a = TestCredentials.rsa("sp", 2048);
        SpCredential b = TestCredentials.rsa("other", 2048);
        fails(TestConfigs.validBuilder().signingCredential(SpCredential.of(a.privateKey(), b.certificate(), "x")),
                "clave.sp.signing", "does not match");
        fails(TestConfigs.validBuilder().addDecryptionCredential(a).addDecryptionCredential(
                SpCredential.of(a.privateKey(), b.certificate(), "x")), "clave.sp.decryption[1]", "does not match");
    }

    @Test
    @DisplayName("expired or not yet valid signing certificate is an error")
    void validity() {
        Instant now = Instant.now();
        fails(TestConfigs.validBuilder().signingCredential(TestCredentials.rsaValidBetween("old", 2048,
                now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1)))), "clave.sp.signing", "expired");
        fails(TestConfigs.validBuilder().signingCredential(TestCredentials.rsaValidBetween("future", 2048,
                now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(400)))), "clave.sp.signing", "not valid before");
    }

    @Test
    @DisplayName("a signing certificate expiring within 30 days is a warning, not an error")
    void expiringSoon() {
        Instant now = Instant.now();
        ClaveSpConfig c = TestConfigs.validBuilder().signingCredential(TestCredentials.rsaValidBetween("soon", 2048,
                now.minus(Duration.ofDays(300)), now.plus(Duration.ofDays(10)))).build();
        assertEquals(1, c.warnings().size());
        assertTrue(c.warnings().get(0).startsWith("clave.sp.signing: "), c.warnings().get(0));
        assertTrue(c.warnings().get(0).contains("within 30 days"), c.warnings().get(0));
    }

    @Test
    @DisplayName("REQ-11 every method excluded -> clave.login.methods; OTHER cannot be offered")
    void methods() {
        fails(TestConfigs.validBuilder().defaultMethods(Set.of()), "clave.login.methods", "at least one");
        fails(TestConfigs.validBuilder().defaultMethods(EnumSet.of(IdentificationMethod.OTHER)), "clave.login.methods", "OTHER");
    }

    @Test
    @DisplayName("RSP-2 no trusted Cl@ve certificate -> clave.trust.certificates, pointing at the feed")
    void noTrust() {
        ClaveSpConfig.Builder b = ClaveSpConfig.builder().spCode(TestConfigs.SP_CODE).applicationName("a")
                .acsUrl(TestConfigs.ACS).signingCredential(TestCredentials.rsa("sp", 2048));
        fails(b, "clave.trust.certificates", "https://se-pasarela.clave.gob.es/Proxy2/Certificates");
    }

    @Test
    @DisplayName("RSP-7/RSP-10 non-positive durations and sizes -> the named property")
    void durations() {
        fails(TestConfigs.validBuilder().clockSkew(Duration.ZERO), "clave.validation.clock-skew", "positive");
        fails(TestConfigs.validBuilder().clockSkew(Duration.ofSeconds(-1)), "clave.validation.clock-skew");
        fails(TestConfigs.validBuilder().clockSkew(null), "clave.validation.clock-skew");
        fails(TestConfigs.validBuilder().maxResponseAge(Duration.ZERO), "clave.validation.max-response-age", "positive");
        fails(TestConfigs.validBuilder().maxResponseSize(0), "clave.validation.max-response-size", "positive");
    }

    @Test
    @DisplayName("missing enums -> the named property")
    void missingEnums() {
        fails(TestConfigs.validBuilder().environment(null), "clave.environment");
        fails(TestConfigs.validBuilder().defaultLoa(null), "clave.login.loa");
        fails(TestConfigs.validBuilder().spType(null), "clave.sp.type");
        fails(TestConfigs.validBuilder().signatureAlgorithm(null), "clave.signature.algorithm");
    }

    @Test
    @DisplayName("blank optional texts -> the named property")
    void blankTexts() {
        fails(TestConfigs.validBuilder().entityId(" "), "clave.sp.entity-id");
        fails(TestConfigs.validBuilder().audience(""), "clave.sp.audience");
        fails(TestConfigs.validBuilder().gatewayIssuer(" "), "clave.trust.issuer");
    }
}
