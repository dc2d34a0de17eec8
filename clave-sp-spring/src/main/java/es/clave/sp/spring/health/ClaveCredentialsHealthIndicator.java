package es.clave.sp.spring.health;

import es.clave.sp.config.ClaveSpConfig;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Actuator health of the keys and certificates the SP uses, from their expiry dates: UP while
 * all are valid (entries expiring within 30 days are listed with {@code "status": "EXPIRING"} so
 * monitoring can warn), DOWN once one has expired or is not valid yet. Shown as {@code clave}.
 */
public class ClaveCredentialsHealthIndicator extends AbstractHealthIndicator {

    private final ClaveSpConfig config;
    private final Clock clock;

    /**
     * @param config the configuration whose credentials and trusted certificates are reported
     * @param clock  the report time
     */
    public ClaveCredentialsHealthIndicator(ClaveSpConfig config, Clock clock) {
        super("Cl@ve credential health check failed");
        this.config = config;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<CertificateExpiry.Entry> report = CertificateExpiry.report(config, clock);
        CertificateExpiry.Status overall = CertificateExpiry.overall(report);
        if (overall == CertificateExpiry.Status.EXPIRED || overall == CertificateExpiry.Status.NOT_YET_VALID) {
            builder.down();
        } else {
            builder.up();
        }
        builder.withDetail("status", overall.name());
        List<Map<String, Object>> entries = report.stream().map(ClaveCredentialsHealthIndicator::detail).toList();
        builder.withDetail("credentials", entries);
    }

    private static Map<String, Object> detail(CertificateExpiry.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", e.role());
        m.put("subject", e.subject());
        m.put("notAfter", e.notAfter().toString());
        m.put("daysLeft", e.daysLeft());
        m.put("status", e.status().name());
        return m;
    }
}
