package es.clave.sp.health;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.keys.SpCredential;
import es.clave.sp.trust.Certificates;
import es.clave.sp.trust.TrustedCertificateSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Expiry of every key and certificate the SP uses: signing, next signing, decryption and trusted
 * Cl@ve certificates. Framework-free; the Spring module's health indicator and operator pages read
 * {@link #report}, and {@link #logWarnings} writes the warning lines.
 */
public final class CredentialHealth {

    /** Certificates expiring within this window are reported as {@link CredentialStatus#EXPIRING}. */
    public static final Duration DEFAULT_WARNING_WINDOW = Duration.ofDays(30);

    private static final Logger LOG = LoggerFactory.getLogger(CredentialHealth.class);

    private CredentialHealth() {
    }

    /** @return one entry per key or certificate in use, with the default 30-day warning window */
    public static List<CredentialHealthEntry> report(ClaveSpConfig config, TrustedCertificateSource trustSource, Clock clock) {
        return report(config, trustSource, clock, DEFAULT_WARNING_WINDOW);
    }

    /**
     * @param config      gives the signing, next signing and decryption credentials
     * @param trustSource gives the trusted Cl@ve certificates (usually {@code config.trustSource()})
     * @param clock       the report time
     * @param warning     how long before expiry a certificate turns {@link CredentialStatus#EXPIRING}
     * @return one entry per key or certificate, in role order
     */
    public static List<CredentialHealthEntry> report(ClaveSpConfig config, TrustedCertificateSource trustSource,
                                                     Clock clock, Duration warning) {
        Instant now = clock.instant();
        List<CredentialHealthEntry> out = new ArrayList<>();
        if (config.signingCredential() != null) {
            out.add(entry(CredentialRole.SIGNING, config.signingCredential().certificate(), now, warning));
        }
        config.nextSigningCredential().ifPresent(c -> out.add(entry(CredentialRole.SIGNING_NEXT, c.certificate(), now, warning)));
        for (SpCredential c : config.decryptionCredentials()) {
            out.add(entry(CredentialRole.DECRYPTION, c.certificate(), now, warning));
        }
        if (trustSource != null) {
            for (X509Certificate c : trustSource.current()) {
                out.add(entry(CredentialRole.TRUSTED_CLAVE, c, now, warning));
            }
        }
        return List.copyOf(out);
    }

    /** @return the worst status in {@code report}, OK when it is empty */
    public static CredentialStatus overall(List<CredentialHealthEntry> report) {
        return report.stream().map(CredentialHealthEntry::status).max(Comparator.naturalOrder()).orElse(CredentialStatus.OK);
    }

    /**
     * Logs one WARN line per entry that is not OK (ERROR for expired ones), naming the role and what to do.
     *
     * @return how many lines were logged
     */
    public static int logWarnings(List<CredentialHealthEntry> report) {
        int logged = 0;
        for (CredentialHealthEntry e : report) {
            switch (e.status()) {
                case EXPIRING -> LOG.warn("Cl@ve {} certificate {} expires in {} day(s) on {}: {}", e.role(), e.subject(),
                        e.daysLeft(), e.notAfter(), advice(e.role()));
                case EXPIRED -> LOG.error("Cl@ve {} certificate {} EXPIRED on {}: {}", e.role(), e.subject(), e.notAfter(),
                        advice(e.role()));
                case NOT_YET_VALID -> LOG.warn("Cl@ve {} certificate {} is not valid before {}", e.role(), e.subject(),
                        e.notBefore());
                default -> {
                    continue;
                }
            }
            logged++;
        }
        return logged;
    }

    static CredentialHealthEntry entry(CredentialRole role, X509Certificate c, Instant now, Duration warning) {
        Instant notBefore = c.getNotBefore().toInstant();
        Instant notAfter = c.getNotAfter().toInstant();
        long daysLeft = Duration.between(now, notAfter).toDays();
        CredentialStatus status;
        if (now.isAfter(notAfter)) {
            status = CredentialStatus.EXPIRED;
            daysLeft = Math.min(daysLeft, -1);
        } else if (now.isBefore(notBefore)) {
            status = CredentialStatus.NOT_YET_VALID;
        } else if (!now.plus(warning).isBefore(notAfter)) {
            status = CredentialStatus.EXPIRING;
        } else {
            status = CredentialStatus.OK;
        }
        return new CredentialHealthEntry(role, c.getSubjectX500Principal().getName(), Certificates.sha256Hex(c),
                notBefore, notAfter, daysLeft, status);
    }

    private static String advice(CredentialRole role) {
        return switch (role) {
            case SIGNING -> "register a new signing certificate with Cl@ve (announce it as clave.sp.signing-next.*) and switch";
            case SIGNING_NEXT -> "the announced next signing certificate needs replacing before the switch";
            case DECRYPTION -> "add a new decryption key alongside the old one, then register it with Cl@ve";
            case TRUSTED_CLAVE -> "check the certificate feed and the pins, or add Cl@ve's new certificate";
        };
    }
}
