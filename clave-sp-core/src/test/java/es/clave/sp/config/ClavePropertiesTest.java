package es.clave.sp.config;

import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.keys.SpCredential;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.testing.KeyFiles;
import es.clave.sp.testing.TestConfigs;
import es.clave.sp.testing.TestCredentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading {@code clave.*} properties: every key, defaults, parse errors and typo detection. */
class ClavePropertiesTest {

    @TempDir
    Path dir;

    private final SpCredential signing = TestCredentials.rsa("sp", 2048);
    private final SpCredential clave = TestCredentials.rsa("clave", 2048);
    private Map<String, String> p;

    @BeforeEach
    void minimal() throws Exception {
        p = TestConfigs.minimalProperties(dir, signing, clave);
    }

    private ClaveConfigException fails(String property, String... fragments) {
        ClaveConfigException e = assertThrows(ClaveConfigException.class, () -> ClaveProperties.load(p));
        assertEquals(property, e.property(), e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "'" + f + "' missing from: " + e.getMessage());
        }
        return e;
    }

    @Test
    @DisplayName("minimal properties give the documented defaults; decryption does not reuse the signing key")
    void defaults() {
        ClaveSpConfig c = ClaveProperties.load(p);
        assertEquals(Environment.PRE, c.environment());
        assertEquals(TestConfigs.SP_CODE + ";tests", c.providerName());
        assertEquals(signing.certificate(), c.signingCredential().certificate());
        assertEquals(List.of(clave.certificate()), c.trustedCertificates());
        assertEquals(List.of(), c.decryptionCredentials());
        assertEquals(LevelOfAssurance.LOW, c.defaultLoa());
        assertEquals(IdentificationMethod.offerable(), c.defaultMethods());
        assertEquals(false, c.forceAuthn());
        assertEquals(SpType.PUBLIC, c.spType());
        assertEquals(SignatureAlgorithm.RSA_SHA512, c.signatureAlgorithm());
        assertEquals(Duration.ofSeconds(60), c.clockSkew());
        assertEquals(Duration.ofMinutes(5), c.maxResponseAge());
        assertEquals(false, c.requireEncryption());
        assertEquals(ClaveSpConfig.DEFAULT_MAX_RESPONSE_SIZE, c.maxResponseSize());
        assertEquals(false, c.checkClientAddress());
        assertEquals(null, c.gatewayIssuer());
    }

    @Test
    @DisplayName("every key is read (Properties input)")
    void everyKey() throws Exception {
        SpCredential dec0 = TestCredentials.rsa("dec0", 2048);
        SpCredential dec1 = TestCredentials.rsa("dec1", 3072);
        SpCredential clave2 = TestCredentials.rsa("clave2", 2048);
        p.put("clave.environment", "LOCAL");
        p.put("clave.gateway.base-url", "http://localhost:8443");
        p.put("clave.sp.acs-url", "http://localhost:8080/clave/acs");
        p.put("clave.sp.entity-id", "urn:sp:test");
        p.put("clave.sp.logout-return-url", "http://localhost:8080/clave/logout");
        p.put("clave.sp.audience", "urn:aud");
        p.put("clave.sp.type", "private");
        p.put("clave.sp.signing.key-alias", "sp");
        p.put("clave.sp.signing.key-password", "pw");
        p.put("clave.sp.decryption[0].private-key", KeyFiles.write(dir.resolve("d0.pem"),
                KeyFiles.encryptedPkcs8(dec0.privateKey(), "x")).toString());
        p.put("clave.sp.decryption[0].certificate", KeyFiles.write(dir.resolve("d0.crt"),
                KeyFiles.certificates(dec0.certificate())).toString());
        p.put("clave.sp.decryption[0].key-password", "x");
        p.put("clave.sp.decryption[1].key-store", KeyFiles.keyStore(dir.resolve("d1.store"), "JKS", dec1, "s", "d1", "k").toString());
        p.put("clave.sp.decryption[1].key-store-type", "jks");
        p.put("clave.sp.decryption[1].key-store-password", "s");
        p.put("clave.sp.decryption[1].key-password", "k");
        p.put("clave.trust.certificates", p.get("clave.trust.certificates") + " , "
                + KeyFiles.write(dir.resolve("c2.pem"), KeyFiles.certificates(clave2.certificate())));
        p.put("clave.trust.issuer", "https://gateway/issuer");
        p.put("clave.login.loa", "Substantial");
        p.put("clave.login.methods", "certificate, clave-movil,CLAVE_PIN");
        p.put("clave.login.force-authn", "TRUE");
        p.put("clave.signature.algorithm", "rsa_sha256");
        p.put("clave.validation.clock-skew", "PT30S");
        p.put("clave.validation.max-response-age", "2m");
        p.put("clave.validation.require-encryption", "true");
        p.put("clave.validation.max-response-size", "1000");
        p.put("clave.validation.check-client-address", "true");
        Properties props = new Properties();
        props.putAll(p);
        ClaveSpConfig c = ClaveProperties.load(props);
        assertEquals(Environment.LOCAL, c.environment());
        assertEquals(URI.create("http://localhost:8443/Proxy2/ServiceProvider"), c.gatewayEndpoint());
        assertEquals("urn:sp:test", c.entityId());
        assertEquals(URI.create("http://localhost:8080/clave/logout"), c.logoutReturnUrl());
        assertEquals("urn:aud", c.audience());
        assertEquals(SpType.PRIVATE, c.spType());
        assertEquals(List.of(dec0.certificate(), dec1.certificate()),
                c.decryptionCredentials().stream().map(SpCredential::certificate).toList());
        assertEquals(List.of(clave.certificate(), clave2.certificate()), c.trustedCertificates());
        assertEquals("https://gateway/issuer", c.gatewayIssuer());
        assertEquals(LevelOfAssurance.SUBSTANTIAL, c.defaultLoa());
        assertEquals(EnumSet.of(IdentificationMethod.CERTIFICATE, IdentificationMethod.CLAVE_MOVIL,
                IdentificationMethod.CLAVE_PIN), c.defaultMethods());
        assertTrue(c.forceAuthn());
        assertEquals(SignatureAlgorithm.RSA_SHA256, c.signatureAlgorithm());
        assertEquals(Duration.ofSeconds(30), c.clockSkew());
        assertEquals(Duration.ofMinutes(2), c.maxResponseAge());
        assertTrue(c.requireEncryption());
        assertEquals(1000, c.maxResponseSize());
        assertTrue(c.checkClientAddress());
    }

    @Test
    @DisplayName("PEM signing credential via private-key + certificate, and via key-store-type PEM")
    void pemSigning() {
        p.remove("clave.sp.signing.key-store");
        p.remove("clave.sp.signing.key-store-password");
        p.put("clave.sp.signing.private-key", KeyFiles.write(dir.resolve("k.pem"), KeyFiles.traditional(signing.privateKey())).toString());
        p.put("clave.sp.signing.certificate", KeyFiles.write(dir.resolve("c.pem"), KeyFiles.certificates(signing.certificate())).toString());
        assertEquals(signing.certificate(), ClaveProperties.load(p).signingCredential().certificate());
        p.remove("clave.sp.signing.private-key");
        p.put("clave.sp.signing.key-store", dir.resolve("k.pem").toString());
        assertEquals(signing.certificate(), ClaveProperties.load(p).signingCredential().certificate());
    }

    @ParameterizedTest
    @CsvSource({"PT60S,60", "60s,60", "5m,300", "500ms,0.5", "1h,3600", "1d,86400", "pt2m,120"})
    @DisplayName("durations: ISO-8601 or a number with ms/s/m/h/d")
    void durations(String value, double seconds) {
        p.put("clave.validation.max-response-age", value);
        assertEquals(Duration.ofMillis((long) (seconds * 1000)), ClaveProperties.load(p).maxResponseAge());
    }

    @Test
    @DisplayName("a bare number (seconds in earlier versions) is refused with the form to write instead")
    void bareNumberDuration() {
        p.put("clave.validation.clock-skew", "60");
        fails("clave.validation.clock-skew", "'60'", "60s");
    }

    @ParameterizedTest
    @CsvSource({
            "clave.validation.clock-skew, soon, duration",
            "clave.validation.clock-skew, 0s, positive",
            "clave.environment, prod, 'pre, pro, local'",
            "clave.login.loa, medium, 'low, substantial, high'",
            "clave.login.methods, 'CERTIFICATE,DNIE', certificate",
            "clave.login.force-authn, yes, true or false",
            "clave.signature.algorithm, RSA_SHA1, rsa-sha512",
            "clave.sp.type, public-ish, 'public, private'",
            "clave.validation.max-response-size, big, whole number",
            "clave.sp.acs-url, 'https://bad host/', URL",
    })
    @DisplayName("unparsable values name the key and list what is accepted")
    void badValues(String key, String value, String hint) {
        p.put(key, value);
        fails(key, hint);
    }

    @Test
    @DisplayName("REQ-11 an explicitly empty method list is refused, not replaced by the default")
    void emptyMethods() {
        p.put("clave.login.methods", " ");
        fails("clave.login.methods", "at least one");
    }

    @ParameterizedTest
    @ValueSource(strings = {"clave.sp.acs-ulr", "clave.sp.signing.keystore", "clave.sp.decryption[0].pasword",
            "clave.login.method", "clave.signature.algoritm", "clave.validation.clockskew", "clave.sp.whatever",
            "clave.enviroment", "clave.audit.enabled", "clave.trust.feed.refres", "clave.state.stor", "clave.whatever"})
    @DisplayName("unknown clave.* keys are typos: the key is named")
    void typos(String key) {
        p.put(key, "x");
        fails(key, "not a known setting");
    }

    @Test
    @DisplayName("a typo gets a suggestion")
    void suggestion() {
        p.put("clave.validation.clockskew", "60s");
        fails("clave.validation.clockskew", "did you mean clave.validation.clock-skew?");
    }

    @Test
    @DisplayName("a mistyped top-level key gets the nearest key as structured data")
    void topLevelTypo() {
        p.put("clave.enviroment", "pro");
        ClaveConfigException e = assertThrows(ClaveConfigException.class, () -> ClaveProperties.load(p));
        assertEquals(ClaveConfigException.Problem.UNKNOWN_KEY, e.problem());
        assertEquals(java.util.Optional.of("clave.environment"), e.suggestion());
    }

    @Test
    @DisplayName("a bad enumeration value carries the valid values and the nearest one")
    void enumValueCarriesValidValues() {
        p.put("clave.environment", "prod");
        ClaveConfigException e = assertThrows(ClaveConfigException.class, () -> ClaveProperties.load(p));
        assertEquals(ClaveConfigException.Problem.MALFORMED_VALUE, e.problem());
        assertEquals(List.of("pre", "pro", "local"), e.validValues());
        assertEquals(java.util.Optional.of("pro"), e.suggestion());
    }

    @Test
    @DisplayName("core's other keys (state, trust feed, audit) are known; adapter namespaces and non-clave keys are left alone")
    void otherFeaturesAndAdaptersLeftAlone() {
        p.put("clave.state.store", "jdbc");
        p.put("clave.trust.feed.url", "https://x");
        p.put("clave.trust.feed.refresh", "1h");
        p.put("clave.audit.mask-identifiers", "true");
        p.put("clave.servlet.login-path", "/login");
        p.put("clave.web.cookie-name", "X");
        p.put("clave.config", "classpath:clave.properties");
        p.put("server.port", "8080");
        assertEquals(TestConfigs.SP_CODE, ClaveProperties.load(p).spCode());
    }

    @Test
    @DisplayName("a URL is refused as a key location rather than read as a relative file name")
    void urlLocationRefused() {
        p.put("clave.sp.signing.key-store", "https://keys.example.es/sp.p12");
        fails("clave.sp.signing.key-store", "is not a location");
    }

    @Test
    @DisplayName("key material errors name the exact sub-key")
    void credentialErrors() {
        p.put("clave.sp.signing.key-store-password", "wrong");
        fails("clave.sp.signing.key-store-password", "sp.p12");
        p.put("clave.sp.signing.key-store-password", "pw");
        p.put("clave.sp.signing.key-alias", "nope");
        fails("clave.sp.signing.key-alias", "nope");
        p.remove("clave.sp.signing.key-alias");
        p.put("clave.sp.signing.key-store", dir.resolve("missing.p12").toString());
        fails("clave.sp.signing.key-store", "missing.p12", "does not exist");
        p.put("clave.sp.signing.key-store", dir.resolve("sp.p12").toString());
        p.put("clave.sp.signing.key-store-type", "PKCS11");
        fails("clave.sp.signing.key-store-type", "pkcs12, jks, pem");
    }

    @Test
    @DisplayName("decryption errors name the index; sub-keys without a location are rejected")
    void decryptionErrors() {
        p.put("clave.sp.decryption[2].key-store", dir.resolve("nope.jks").toString());
        fails("clave.sp.decryption[2].key-store", "nope.jks");
        p.remove("clave.sp.decryption[2].key-store");
        p.put("clave.sp.decryption[0].key-password", "x");
        fails("clave.sp.decryption[0].key-store", "clave.sp.decryption[0].key-password");
    }

    @Test
    @DisplayName("missing signing credential and missing trust name their keys")
    void missing() {
        p.remove("clave.trust.certificates");
        fails("clave.trust.certificates", "Certificates");
        p.put("clave.trust.certificates", dir.resolve("none.pem").toString());
        fails("clave.trust.certificates", "none.pem");
        p.put("clave.trust.certificates", dir.resolve("clave.cer").toString());
        p.remove("clave.sp.signing.key-store");
        p.remove("clave.sp.signing.key-store-password");
        fails("clave.sp.signing", "private-key");
    }

    @Test
    @DisplayName("the next signing key (rollover) loads from clave.sp.signing-next.* and is validated like the signing key")
    void nextSigningKey() {
        SpCredential next = TestCredentials.rsa("next", 2048);
        p.put("clave.sp.signing-next.key-store", KeyFiles.keyStore(dir.resolve("next.p12"), "PKCS12", next, "n", "next", "n").toString());
        p.put("clave.sp.signing-next.key-store-password", "n");
        ClaveSpConfig c = ClaveProperties.load(p);
        assertEquals(next.certificate(), c.nextSigningCredential().orElseThrow().certificate());
        assertEquals(signing.certificate(), c.signingCredential().certificate());
        p.put("clave.sp.signing-next.key-store-password", "wrong");
        fails("clave.sp.signing-next.key-store-password", "next.p12");
        p.put("clave.sp.signing-next.key-store", KeyFiles.keyStore(dir.resolve("ec.p12"), "PKCS12",
                TestCredentials.ecP256("ec"), "n", "ec", "n").toString());
        p.put("clave.sp.signing-next.key-store-password", "n");
        fails("clave.sp.signing-next", "RSA");
        p.put("clave.sp.signing-next.keystore", "x");
        fails("clave.sp.signing-next.keystore", "not a known setting");
    }

    @Test
    @DisplayName("REQ-7 an EC signing key loads but is refused, naming RSA")
    void ecSigning() {
        SpCredential ec = TestCredentials.ecP256("ec");
        p.put("clave.sp.signing.key-store", KeyFiles.keyStore(dir.resolve("ec.p12"), "PKCS12", ec, "pw", "ec", "pw").toString());
        fails("clave.sp.signing", "RSA", "REQ-7");
    }

    @Test
    @DisplayName("REQ-2 environment local without base URL names clave.gateway.base-url")
    void localWithoutBase() {
        p.put("clave.environment", "local");
        fails("clave.gateway.base-url", "local");
    }

    @Test
    @DisplayName("clave.sp.signing-next.* announces the next signing key without signing with it")
    void nextSigningKeyIsLoadedButNotUsed() throws Exception {
        SpCredential next = TestCredentials.rsa("sp-next", 2048);
        p.put("clave.sp.signing-next.key-store",
                KeyFiles.keyStore(dir.resolve("next.p12"), "PKCS12", next, "pw2", "next", "pw2").toString());
        p.put("clave.sp.signing-next.key-store-password", "pw2");
        ClaveSpConfig c = ClaveProperties.load(p);
        assertEquals(next.certificate(), c.nextSigningCredential().orElseThrow().certificate());
        assertEquals(signing.certificate(), c.signingCredential().certificate());
    }

    @Test
    @DisplayName("a typo under clave.sp.signing-next. is rejected with a suggestion")
    void nextSigningKeyTypoIsRejected() {
        p.put("clave.sp.signing-next.key-stor", "x.p12");
        fails("clave.sp.signing-next.key-stor", "did you mean clave.sp.signing-next.key-store?");
    }

    @Test
    @DisplayName("clave.audit.mask-identifiers defaults to true and can be switched off")
    void auditMasking() {
        assertTrue(ClaveProperties.load(p).maskIdentifiers());
        p.put("clave.audit.mask-identifiers", "false");
        assertEquals(false, ClaveProperties.load(p).maskIdentifiers());
        p.put("clave.audit.mask-identifiers", "maybe");
        fails("clave.audit.mask-identifiers", "not a boolean");
    }

    @Test
    @DisplayName("BND-5 clave.trust.feed.* becomes the configuration's feed settings (the SP runs the feed)")
    void trustFeedFromProperties() throws Exception {
        SpCredential rotated = TestCredentials.rsa("clave-rotated", 2048);
        p.put("clave.trust.feed.enabled", "true");
        p.put("clave.trust.feed.url", "http://127.0.0.1:9/Proxy2/Certificates");
        p.put("clave.trust.feed.timeout", "PT2S");
        p.put("clave.trust.feed.refresh", "2h");
        p.put("clave.trust.feed.pins", es.clave.sp.trust.Certificates.sha256Hex(rotated.certificate()));
        es.clave.sp.trust.FeedTrustSettings feed = ClaveProperties.load(p).trustFeed().orElseThrow();
        assertEquals(URI.create("http://127.0.0.1:9/Proxy2/Certificates"), feed.url());
        assertEquals(Duration.ofSeconds(2), feed.timeout());
        assertEquals(Duration.ofHours(2), feed.refresh());
        assertTrue(feed.pins().match(rotated.certificate()).isPresent());
    }

    @Test
    @DisplayName("BND-5 without a feed URL the environment's certificate feed is used")
    void trustFeedDefaultsToEnvironmentFeed() {
        p.put("clave.trust.feed.enabled", "true");
        p.put("clave.trust.feed.pins", es.clave.sp.trust.Certificates.sha256Hex(clave.certificate()));
        assertEquals(URI.create("https://se-pasarela.clave.gob.es/Proxy2/Certificates"),
                ClaveProperties.load(p).trustFeed().orElseThrow().url());
    }

    @Test
    @DisplayName("BND-5 without clave.trust.feed.enabled only the configured certificates are trusted")
    void noTrustFeedByDefault() {
        assertEquals(List.of(clave.certificate()), ClaveProperties.load(p).trustSource().current());
        assertTrue(ClaveProperties.load(p).trustFeed().isEmpty());
    }
}
