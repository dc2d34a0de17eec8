package es.clave.sp.health;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.config.Environment;
import es.clave.sp.keys.SpCredential;
import ch.qos.logback.classic.Level;
import es.clave.sp.testing.CapturedLogs;
import es.clave.sp.testing.TestCredentials;
import es.clave.sp.trust.TrustedCertificateSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialHealthTest {

    // the configuration is validated against the real clock when built, so certificates are valid
    // "now"; reports are then taken at NOW or later, as happens while the SP keeps running
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static Clock later(Duration d) {
        return Clock.fixed(NOW.plus(d), ZoneOffset.UTC);
    }

    private static SpCredential validFor(String name, Duration before, Duration after) {
        return TestCredentials.rsaValidBetween(name, 2048, NOW.minus(before), NOW.plus(after));
    }

    private static ClaveSpConfig.Builder base(SpCredential signing) {
        return ClaveSpConfig.builder()
                .environment(Environment.PRE)
                .spCode("21114293V_E04975701")
                .applicationName("health tests")
                .acsUrl("https://sp.example.es/clave/acs")
                .signingCredential(signing);
    }

    /** a configuration whose only trusted certificate is a long-lived one, so the signing key is what is tested */
    private static ClaveSpConfig.Builder withTrust(SpCredential signing) {
        return base(signing).addTrustedCertificate(TestCredentials.rsa("clave-health", 2048).certificate());
    }

    @Test
    @DisplayName("health: every key and certificate in use is reported with its role")
    void reportListsEveryRole() {
        SpCredential signing = validFor("signing", Duration.ofDays(100), Duration.ofDays(200));
        SpCredential next = validFor("signing-next", Duration.ofDays(1), Duration.ofDays(700));
        SpCredential dec1 = validFor("dec-old", Duration.ofDays(300), Duration.ofDays(20));
        SpCredential dec2 = validFor("dec-new", Duration.ofDays(1), Duration.ofDays(700));
        X509Certificate claveOld = validFor("clave-old", Duration.ofDays(300), Duration.ofDays(5)).certificate();
        X509Certificate claveNew = validFor("clave-new", Duration.ofDays(1), Duration.ofDays(365)).certificate();
        ClaveSpConfig config = base(signing).nextSigningCredential(next)
                .addDecryptionCredential(dec1).addDecryptionCredential(dec2)
                .addTrustedCertificate(claveOld)
                .trustSource(TrustedCertificateSource.of(List.of(claveNew)))
                .build();

        List<CredentialHealthEntry> report = CredentialHealth.report(config, config.trustSource(), CLOCK);

        assertEquals(List.of(CredentialRole.SIGNING, CredentialRole.SIGNING_NEXT, CredentialRole.DECRYPTION,
                CredentialRole.DECRYPTION, CredentialRole.TRUSTED_CLAVE, CredentialRole.TRUSTED_CLAVE),
                report.stream().map(CredentialHealthEntry::role).toList());
        assertEquals(List.of(CredentialStatus.OK, CredentialStatus.OK, CredentialStatus.EXPIRING, CredentialStatus.OK,
                CredentialStatus.EXPIRING, CredentialStatus.OK), report.stream().map(CredentialHealthEntry::status).toList());
        assertTrue(report.get(0).subject().contains("CN=signing"));
        assertEquals(200, report.get(0).daysLeft());
        assertEquals(NOW.plus(Duration.ofDays(200)), report.get(0).notAfter());
        assertEquals(CredentialStatus.EXPIRING, CredentialHealth.overall(report));
    }

    @Test
    @DisplayName("health: one WARN line per certificate expiring within 30 days, ERROR for expired ones, nothing for OK")
    void logWarningsWritesOneLinePerProblem() {
        ClaveSpConfig config = base(validFor("signing", Duration.ofDays(100), Duration.ofDays(200)))
                .addDecryptionCredential(validFor("dec-old", Duration.ofDays(300), Duration.ofDays(20)))
                .addTrustedCertificate(validFor("clave-gone", Duration.ofDays(300), Duration.ofDays(3)).certificate())
                .build();
        try (CapturedLogs logs = CapturedLogs.of(CredentialHealth.class)) {
            Clock fiveDaysLater = later(Duration.ofDays(5));
            assertEquals(2, CredentialHealth.logWarnings(CredentialHealth.report(config, config.trustSource(), fiveDaysLater)));
            List<String> warn = logs.messages(Level.WARN);
            assertEquals(1, warn.size());
            assertTrue(warn.get(0).contains("DECRYPTION") && warn.get(0).contains("CN=dec-old")
                    && warn.get(0).contains("15 day"), warn.get(0));
            List<String> error = logs.messages(Level.ERROR);
            assertEquals(1, error.size());
            assertTrue(error.get(0).contains("TRUSTED_CLAVE") && error.get(0).contains("EXPIRED"), error.get(0));
        }
    }

    @Test
    @DisplayName("health: OK beyond 30 days, EXPIRING from 30 days ahead, EXPIRED after notAfter, NOT_YET_VALID before notBefore")
    void statusFollowsTheWarningWindow() {
        SpCredential signing = validFor("a", Duration.ofDays(10), Duration.ofDays(100));
        assertEquals(CredentialStatus.OK, statusOf(signing, later(Duration.ofDays(69))));
        assertEquals(CredentialStatus.EXPIRING, statusOf(signing, later(Duration.ofDays(70))));
        assertEquals(CredentialStatus.EXPIRING, statusOf(signing, later(Duration.ofDays(100).minusHours(2))));
        assertEquals(CredentialStatus.EXPIRED, statusOf(signing, later(Duration.ofDays(103))));
        assertEquals(CredentialStatus.NOT_YET_VALID, statusOf(signing, later(Duration.ofDays(-11))));
    }

    @Test
    @DisplayName("health: an expired certificate has negative daysLeft and makes the overall status EXPIRED")
    void expiredHasNegativeDaysLeft() {
        ClaveSpConfig config = withTrust(validFor("old", Duration.ofDays(400), Duration.ofDays(30))).build();
        List<CredentialHealthEntry> report = CredentialHealth.report(config, config.trustSource(), later(Duration.ofDays(33)));
        assertEquals(-3, report.get(0).daysLeft());
        assertEquals(CredentialStatus.EXPIRED, CredentialHealth.overall(report));
    }

    @Test
    @DisplayName("health: the warning window is configurable")
    void customWindow() {
        ClaveSpConfig config = withTrust(validFor("s", Duration.ofDays(1), Duration.ofDays(45))).build();
        assertEquals(CredentialStatus.OK, CredentialHealth.report(config, null, CLOCK).get(0).status());
        assertEquals(CredentialStatus.EXPIRING,
                CredentialHealth.report(config, null, CLOCK, Duration.ofDays(60)).get(0).status());
    }

    @Test
    @DisplayName("health: trusted certificates are read from the source at report time")
    void trustedReadFromSourceEachTime() {
        ClaveSpConfig config = withTrust(validFor("s", Duration.ofDays(1), Duration.ofDays(300))).build();
        X509Certificate[] served = {null};
        TrustedCertificateSource source = () -> served[0] == null ? List.of() : List.of(served[0]);
        assertEquals(1, CredentialHealth.report(config, source, CLOCK).size(), "only the signing key yet");
        served[0] = validFor("rotated", Duration.ofDays(1), Duration.ofDays(300)).certificate();
        List<CredentialHealthEntry> report = CredentialHealth.report(config, source, CLOCK);
        assertEquals(CredentialRole.TRUSTED_CLAVE, report.get(1).role());
        assertTrue(report.get(1).subject().contains("CN=rotated"));
    }

    @Test
    @DisplayName("health: the monitor's check logs and returns the same report")
    void monitorCheck() {
        ClaveSpConfig config = withTrust(validFor("s", Duration.ofDays(1), Duration.ofDays(10))).build();
        try (CredentialHealthMonitor monitor = new CredentialHealthMonitor(config, config.trustSource(), CLOCK,
                CredentialHealth.DEFAULT_WARNING_WINDOW)) {
            assertEquals(CredentialStatus.EXPIRING, monitor.check().get(0).status());
        }
    }

    private static CredentialStatus statusOf(SpCredential signing, Clock at) {
        return CredentialHealth.report(withTrust(signing).build(), null, at).get(0).status();
    }
}
