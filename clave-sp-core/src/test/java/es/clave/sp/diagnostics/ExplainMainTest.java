package es.clave.sp.diagnostics;

import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.response.PipelineStep;
import es.clave.sp.testing.KeyFiles;
import es.clave.sp.testing.saml.ClaveResponseBuilder;
import es.clave.sp.testing.saml.ResponseTestSetup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line entry point, with a real properties file and TEST-ONLY PEM keys. */
class ExplainMainTest {

    @TempDir
    Path dir;

    private final Instant now = Instant.now();
    private final PendingLogin pending = ResponseTestSetup.pending(now, LevelOfAssurance.LOW);
    private Path config;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void propertiesFile() throws Exception {
        var signing = ResponseTestSetup.spSigning();
        var decryption = ResponseTestSetup.spEncryption();
        Path signKey = KeyFiles.write(dir.resolve("sign.key"), KeyFiles.pkcs8(signing.privateKey()));
        Path signCert = KeyFiles.write(dir.resolve("sign.pem"), KeyFiles.certificates(signing.certificate()));
        Path decKey = KeyFiles.write(dir.resolve("dec.key"), KeyFiles.pkcs8(decryption.privateKey()));
        Path decCert = KeyFiles.write(dir.resolve("dec.pem"), KeyFiles.certificates(decryption.certificate()));
        Path clave = KeyFiles.write(dir.resolve("clave.pem"), KeyFiles.certificates(ResponseTestSetup.gateway().certificate()));
        config = dir.resolve("clave.properties");
        Files.writeString(config, String.join("\n",
                "clave.environment=PRE",
                "clave.sp.code=21114293V_E04975701",
                "clave.sp.application=explain tests",
                "clave.sp.acs-url=" + ResponseTestSetup.ACS,
                "clave.sp.signing.private-key=" + signKey.toString().replace("\\", "/"),
                "clave.sp.signing.certificate=" + signCert.toString().replace("\\", "/"),
                "clave.sp.decryption[0].private-key=" + decKey.toString().replace("\\", "/"),
                "clave.sp.decryption[0].certificate=" + decCert.toString().replace("\\", "/"),
                "clave.trust.certificates=" + clave.toString().replace("\\", "/"),
                ""));
    }

    private int run(String... args) {
        return ExplainMain.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("BND-5 explain CLI: with the feed enabled, its certificates are trusted as the SP would (read once)")
    void runWhenFeedEnabledThenFeedCertificatesTrusted() throws Exception {
        var gateway = ResponseTestSetup.gateway().certificate();
        Path other = KeyFiles.write(dir.resolve("other.pem"),
                KeyFiles.certificates(es.clave.sp.testing.TestCredentials.rsa("other", 2048).certificate()));
        Path cache = dir.resolve("feed.pem");
        Files.writeString(cache, es.clave.sp.trust.Certificates.toPem(java.util.List.of(gateway)));
        String text = Files.readString(config).replaceAll("clave.trust.certificates=.*",
                "clave.trust.certificates=" + other.toString().replace("\\", "/"));
        Files.writeString(config, text + String.join("\n",
                "clave.trust.feed.enabled=true",
                "clave.trust.feed.url=http://127.0.0.1:9/Proxy2/Certificates",
                "clave.trust.feed.timeout=1s",
                "clave.trust.feed.cache-file=" + cache.toString().replace("\\", "/"),
                "clave.trust.feed.pins=" + es.clave.sp.trust.Certificates.sha256Hex(gateway),
                ""));
        Path response = Files.writeString(dir.resolve("response.txt"),
                ClaveResponseBuilder.forLogin(pending, now).encrypted().buildBase64());
        int status = run("--response", response.toString(), "--config", config.toString(),
                "--request-id", pending.requestId(), "--received-at", now.toString());
        assertEquals(ExplainMain.VALID, status, stdout() + err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("certificate feed:"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("explain CLI: a valid response prints VERDICT VALID, every check, the masked identity; exit 0")
    void runWhenValidThenExitZero() throws Exception {
        Path response = Files.writeString(dir.resolve("response.txt"),
                ClaveResponseBuilder.forLogin(pending, now).encrypted().buildBase64());
        int status = run("--response", response.toString(), "--config", config.toString(),
                "--request-id", pending.requestId(), "--received-at", now.toString());
        assertEquals(ExplainMain.VALID, status, err.toString(StandardCharsets.UTF_8));
        String text = stdout();
        assertTrue(text.contains("VERDICT: VALID"), text);
        for (PipelineStep step : PipelineStep.values()) {
            assertTrue(text.contains(step.name()), step.name());
        }
        assertTrue(text.contains("1234****Z (NIF)"), text);
        assertFalse(text.contains("12345678Z"), "masked by default");
    }

    @Test
    @DisplayName("explain CLI: a rejected response exits 1 and names the failing step and rule; a form body is accepted")
    void runWhenRejectedThenExitOne() throws Exception {
        ClaveResponseBuilder r = ClaveResponseBuilder.forLogin(pending, now);
        r.audiences.clear();
        r.audiences.add("https://another.example.es/acs");
        String form = "SAMLResponse=" + URLEncoder.encode(r.buildBase64(), StandardCharsets.UTF_8) + "&RelayState=x";
        Path response = Files.writeString(dir.resolve("form.txt"), form);
        int status = run("--response", response.toString(), "--config", config.toString(), "--received-at", now.toString(),
                "--unmask");
        assertEquals(ExplainMain.REJECTED, status, err.toString(StandardCharsets.UTF_8));
        String text = stdout();
        assertTrue(text.contains("VERDICT: REJECTED - WRONG_AUDIENCE [SEC-P4]"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("  FAIL    CONDITIONS")), text);
        assertTrue(text.contains("UNVERIFIED"), text);
        assertTrue(text.contains("12345678Z (NIF)"), "--unmask shows the identifier");
        assertTrue(text.contains("ASSUMPTIONS"), text);
    }

    @Test
    @DisplayName("explain CLI: missing options and a broken configuration exit 2 with a message")
    void runWhenUsageOrConfigWrongThenExitTwo() throws Exception {
        assertEquals(ExplainMain.USAGE, run("--config", config.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--response is required"));

        Path broken = Files.writeString(dir.resolve("broken.properties"), "clave.sp.code=X\nclave.sp.acs-urll=https://x\n");
        Path response = Files.writeString(dir.resolve("r.txt"), "AAAA");
        assertEquals(ExplainMain.USAGE, run("--response", response.toString(), "--config", broken.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("configuration error"));

        assertEquals(ExplainMain.USAGE, run("--response", response.toString(), "--config", config.toString(),
                "--requested-loa", "MEDIUM"));
    }

    @Test
    @DisplayName("explain CLI: '-' reads the response from standard input")
    void runWhenStdinThenRead() throws Exception {
        String saml = ClaveResponseBuilder.forLogin(pending, now).buildBase64();
        int status = ExplainMain.run(new String[]{"--response", "-", "--config", config.toString(),
                        "--received-at", now.toString()},
                new ByteArrayInputStream(saml.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(ExplainMain.VALID, status, err.toString(StandardCharsets.UTF_8) + stdout());
    }

    @Test
    @DisplayName("explain CLI: clave.audit.mask-identifiers=false in the configuration shows the identifier")
    void runWhenMaskingOffInConfigThenFullIdentifier() throws Exception {
        Files.writeString(config, Files.readString(config) + "clave.audit.mask-identifiers=false\n");
        Path response = Files.writeString(dir.resolve("response.txt"), ClaveResponseBuilder.forLogin(pending, now).buildBase64());
        assertEquals(ExplainMain.VALID, run("--response", response.toString(), "--config", config.toString(),
                "--received-at", now.toString()));
        assertTrue(stdout().contains("12345678Z (NIF)"));
    }
}
