package es.clave.sp.spring.health;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.health.CredentialHealth;
import es.clave.sp.health.CredentialHealthEntry;
import es.clave.sp.health.CredentialStatus;
import es.clave.sp.trust.TrustedCertificateSource;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Actuator health of the keys and certificates the SP uses, from core's expiry report
 * ({@link CredentialHealth}: signing, next signing, decryption and trusted Cl@ve certificates, feed
 * included): UP while
 * all are valid (entries expiring within 30 days are listed with {@code "status": "EXPIRING"} so
 * monitoring can warn), DOWN once one has expired or is not valid yet. Shown as {@code clave}.
 */
public class ClaveCredentialsHealthIndicator extends AbstractHealthIndicator {

    private final ClaveSpConfig config;
    private final TrustedCertificateSource trust;
    private final Clock clock;

    /**
     * @param config the configuration whose credentials and trusted certificates are reported
     * @param clock  the report time
     */
    public ClaveCredentialsHealthIndicator(ClaveSpConfig config, Clock clock) {
        this(config, config.trustSource(), clock);
    }

    /**
     * @param config the configuration whose credentials are reported
     * @param trust  the trusted Cl@ve certificates to report, e.g. the SP's {@code trustSource()} (feed included)
     * @param clock  the report time
     */
    public ClaveCredentialsHealthIndicator(ClaveSpConfig config, TrustedCertificateSource trust, Clock clock) {
        super("Cl@ve credential health check failed");
        this.config = config;
        this.trust = trust;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<CredentialHealthEntry> report = CredentialHealth.report(config, trust, clock);
        CredentialStatus overall = CredentialHealth.overall(report);
        if (overall == CredentialStatus.EXPIRED || overall == CredentialStatus.NOT_YET_VALID) {
            builder.down();
        } else {
            builder.up();
        }
        builder.withDetail("status", overall.name());
        List<Map<String, Object>> entries = report.stream().map(ClaveCredentialsHealthIndicator::detail).toList();
        builder.withDetail("credentials", entries);
    }

    private static Map<String, Object> detail(CredentialHealthEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", e.role().name());
        m.put("subject", e.subject());
        m.put("sha256", e.sha256());
        m.put("notAfter", e.notAfter().toString());
        m.put("daysLeft", e.daysLeft());
        m.put("status", e.status().name());
        return m;
    }
}
