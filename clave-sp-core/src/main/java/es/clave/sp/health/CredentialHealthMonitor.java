package es.clave.sp.health;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.trust.TrustedCertificateSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Writes the expiry warnings of {@link CredentialHealth} at start-up and then once per period (a
 * day by default) on a daemon thread, so a certificate running out shows up in the logs from 30 days
 * ahead without anyone opening a health page.
 */
public final class CredentialHealthMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CredentialHealthMonitor.class);

    private final ClaveSpConfig config;
    private final TrustedCertificateSource trustSource;
    private final Clock clock;
    private final Duration warning;
    private ScheduledExecutorService scheduler;

    /** @param warning how long before expiry to start warning */
    public CredentialHealthMonitor(ClaveSpConfig config, TrustedCertificateSource trustSource, Clock clock, Duration warning) {
        this.config = config;
        this.trustSource = trustSource;
        this.clock = clock;
        this.warning = warning;
    }

    /** @return a started monitor checking daily with a 30-day window */
    public static CredentialHealthMonitor start(ClaveSpConfig config) {
        CredentialHealthMonitor m = new CredentialHealthMonitor(config, config.trustSource(), Clock.systemUTC(),
                CredentialHealth.DEFAULT_WARNING_WINDOW);
        m.start(Duration.ofDays(1));
        return m;
    }

    /** Checks now and then every {@code period}. Calling it twice has no effect. */
    public synchronized void start(Duration period) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clave-credential-health");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::checkGuarded, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** @return the report just logged */
    public List<CredentialHealthEntry> check() {
        List<CredentialHealthEntry> report = CredentialHealth.report(config, trustSource, clock, warning);
        CredentialHealth.logWarnings(report);
        return report;
    }

    private void checkGuarded() {
        try {
            check();
        } catch (RuntimeException e) {
            // keep the schedule alive: an escaping exception would cancel later checks
            LOG.error("credential health check failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }
}
