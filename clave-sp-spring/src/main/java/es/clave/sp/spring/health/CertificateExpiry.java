package es.clave.sp.spring.health;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.keys.SpCredential;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Expiry of the certificates a configuration uses (signing, decryption, trusted Cl@ve ones).
 * TODO(merge issue 7): replace with core's {@code es.clave.sp.health.CredentialHealth} report,
 * which also covers the next signing key and the certificate feed, once it is on main.
 */
final class CertificateExpiry {

    /** Certificates expiring within this window are reported as {@link Status#EXPIRING}. */
    static final Duration WARNING_WINDOW = Duration.ofDays(30);

    /** Validity at report time, worst last. */
    enum Status { OK, EXPIRING, NOT_YET_VALID, EXPIRED }

    /** One certificate in use. */
    record Entry(String role, String subject, Instant notAfter, long daysLeft, Status status) {
    }

    private CertificateExpiry() {
    }

    /** @return one entry per certificate {@code config} uses, at {@code clock}'s time */
    static List<Entry> report(ClaveSpConfig config, Clock clock) {
        Instant now = clock.instant();
        List<Entry> out = new ArrayList<>();
        if (config.signingCredential() != null) {
            out.add(entry("SIGNING", config.signingCredential().certificate(), now));
        }
        for (SpCredential c : config.decryptionCredentials()) {
            out.add(entry("DECRYPTION", c.certificate(), now));
        }
        for (X509Certificate c : config.trustedCertificates()) {
            out.add(entry("TRUSTED_CLAVE", c, now));
        }
        return List.copyOf(out);
    }

    /** @return the worst status of {@code report}, OK when empty */
    static Status overall(List<Entry> report) {
        return report.stream().map(Entry::status).max(Comparator.naturalOrder()).orElse(Status.OK);
    }

    private static Entry entry(String role, X509Certificate c, Instant now) {
        Instant notBefore = c.getNotBefore().toInstant();
        Instant notAfter = c.getNotAfter().toInstant();
        long daysLeft = Duration.between(now, notAfter).toDays();
        Status status = now.isAfter(notAfter) ? Status.EXPIRED
                : now.isBefore(notBefore) ? Status.NOT_YET_VALID
                : now.plus(WARNING_WINDOW).isAfter(notAfter) ? Status.EXPIRING : Status.OK;
        return new Entry(role, c.getSubjectX500Principal().getName(), notAfter, daysLeft, status);
    }
}
