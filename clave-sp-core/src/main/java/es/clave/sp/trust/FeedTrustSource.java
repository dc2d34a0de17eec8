package es.clave.sp.trust;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Trusted Cl@ve certificates read from the certificate feed (BND-5) and refreshed on a schedule.
 * <p>
 * Only certificates that match a {@link TrustPins pin}, may sign, and are valid at refresh time are
 * taken. The last good set is kept in memory (and in the cache file when configured); a failed
 * download, an HTTP error, a timeout, a malformed document or one with nothing acceptable never
 * replaces it, so the SP never drops to zero trusted certificates because of the network.
 * <p>
 * Lifecycle: construct (reads the cache file), {@link #start()} (first refresh, then one every
 * {@code refresh}, on a daemon thread), {@link #close()} (stops the thread). {@link #refresh()} may
 * also be called directly, e.g. by an operator endpoint. A {@code ClaveServiceProvider} whose
 * configuration enables the feed creates, starts and closes one itself.
 */
public final class FeedTrustSource implements TrustedCertificateSource, AutoCloseable {

    /** Name of the refresh thread, so that a leak can be seen in a thread dump (and tests can count it). */
    public static final String THREAD_NAME = "clave-trust-feed";

    private static final Logger LOG = LoggerFactory.getLogger(FeedTrustSource.class);

    private final FeedTrustSettings settings;
    private final Clock clock;
    private final CertificateFeedClient client;
    private final CertificateFeedParser parser;
    private final FeedCacheFile cache;
    private final Object lifecycle = new Object();

    private volatile List<X509Certificate> lastGood = List.of();
    private volatile RefreshResult lastResult;
    private ScheduledExecutorService scheduler;

    /** Creates the source and loads the cache file, if any; nothing is downloaded until {@link #start()} or {@link #refresh()}. */
    public FeedTrustSource(FeedTrustSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.client = new CertificateFeedClient(settings.timeout(), settings.maxBytes());
        this.parser = new CertificateFeedParser(settings.maxBytes());
        this.cache = settings.cacheFile() == null ? null : new FeedCacheFile(settings.cacheFile());
        loadCache();
    }

    /** @return a started source with the system clock */
    public static FeedTrustSource start(FeedTrustSettings settings) {
        FeedTrustSource source = new FeedTrustSource(settings, Clock.systemUTC());
        source.start();
        return source;
    }

    /**
     * The pinned feed certificates, minus any that expired since the last refresh.
     */
    @Override
    public List<X509Certificate> current() {
        Instant now = clock.instant();
        List<X509Certificate> good = lastGood;
        for (X509Certificate c : good) {
            if (!Certificates.isValidAt(c, now)) {
                return good.stream().filter(x -> Certificates.isValidAt(x, now)).toList();
            }
        }
        return good;
    }

    /** @return the result of the latest refresh, or empty before the first one */
    public Optional<RefreshResult> lastResult() {
        return Optional.ofNullable(lastResult);
    }

    /** @return the settings in use */
    public FeedTrustSettings settings() {
        return settings;
    }

    /** Runs a refresh now and then every {@code refresh} on a daemon thread. Calling it twice has no effect. */
    public void start() {
        synchronized (lifecycle) {
            if (scheduler != null) {
                return;
            }
            scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, THREAD_NAME);
                t.setDaemon(true);
                return t;
            });
            long period = settings.refresh().toMillis();
            scheduler.scheduleWithFixedDelay(this::refreshGuarded, 0, period, TimeUnit.MILLISECONDS);
        }
    }

    /** Stops the refresh thread; the last good set stays readable. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (scheduler != null) {
                scheduler.shutdownNow();
                scheduler = null;
            }
        }
    }

    /**
     * Downloads and applies the feed once.
     *
     * @return what happened; on failure the previous set stays trusted
     */
    public synchronized RefreshResult refresh() {
        Instant now = clock.instant();
        CertificateFeedParser.Result parsed;
        try {
            parsed = parser.parse(client.fetch(settings.url()));
        } catch (CertificateFeedException e) {
            return record(new RefreshResult(RefreshResult.Outcome.FETCH_FAILED, now, lastGood, List.of(),
                    e.getMessage() + "; keeping " + lastGood.size() + " previously trusted feed certificate(s)"));
        }
        List<String> rejected = new ArrayList<>(parsed.skipped());
        List<X509Certificate> accepted = select(parsed.entries(), now, rejected);
        if (accepted.isEmpty()) {
            return record(new RefreshResult(RefreshResult.Outcome.NOTHING_ACCEPTABLE, now, lastGood, rejected,
                    "feed " + settings.url() + " offered no pinned, valid signing certificate; keeping "
                            + lastGood.size() + " previously trusted feed certificate(s)"));
        }
        logChanges(lastGood, accepted);
        lastGood = accepted;
        if (cache != null) {
            cache.write(accepted);
        }
        return record(new RefreshResult(RefreshResult.Outcome.UPDATED, now, accepted, rejected,
                "feed " + settings.url() + " read: " + accepted.size() + " trusted, " + rejected.size() + " not used"));
    }

    private void refreshGuarded() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // an exception escaping a scheduled task would cancel every later refresh
            LOG.error("Cl@ve certificate feed refresh failed unexpectedly; keeping the last good set", e);
        }
    }

    private RefreshResult record(RefreshResult result) {
        lastResult = result;
        result.rejected().forEach(r -> LOG.warn("Cl@ve certificate feed: not used: {}", r));
        if (result.outcome() == RefreshResult.Outcome.UPDATED) {
            LOG.info("Cl@ve certificate feed: {}", result.message());
        } else {
            LOG.warn("Cl@ve certificate feed: {}", result.message());
        }
        return result;
    }

    private List<X509Certificate> select(List<FeedEntry> entries, Instant now, List<String> rejected) {
        Map<String, X509Certificate> accepted = new LinkedHashMap<>();
        for (FeedEntry e : entries) {
            X509Certificate c = e.certificate();
            String who = (e.keyName() == null ? "" : "'" + e.keyName() + "' ") + Certificates.describe(c);
            if (!e.usableForSigning()) {
                rejected.add(who + ": use=" + e.use() + " is not for signing");
            } else if (acceptable(c, now, who, rejected)) {
                accepted.putIfAbsent(Certificates.sha256Hex(c), c);
            }
        }
        return List.copyOf(accepted.values());
    }

    private boolean acceptable(X509Certificate c, Instant now, String who, List<String> rejected) {
        if (settings.pins().match(c).isEmpty()) {
            rejected.add(who + ": matches no pin in " + FeedTrustSettings.PINS);
            return false;
        }
        if (now.isAfter(c.getNotAfter().toInstant())) {
            rejected.add(who + ": expired");
            return false;
        }
        if (now.isBefore(c.getNotBefore().toInstant())) {
            rejected.add(who + ": not valid before " + c.getNotBefore().toInstant());
            return false;
        }
        return true;
    }

    private void loadCache() {
        if (cache == null) {
            return;
        }
        List<String> rejected = new ArrayList<>();
        List<X509Certificate> cached = new ArrayList<>();
        Instant now = clock.instant();
        for (X509Certificate c : cache.read()) {
            if (acceptable(c, now, Certificates.describe(c), rejected)) {
                cached.add(c);
            }
        }
        rejected.forEach(r -> LOG.warn("Cl@ve certificate cache {}: not used: {}", cache, r));
        if (!cached.isEmpty()) {
            lastGood = List.copyOf(cached);
            LOG.info("Cl@ve certificate cache {}: {} certificate(s) trusted until the feed is read", cache, cached.size());
        }
    }

    private static void logChanges(List<X509Certificate> before, List<X509Certificate> after) {
        for (X509Certificate c : after) {
            if (!before.contains(c)) {
                LOG.info("Cl@ve certificate feed: now trusting {}", Certificates.describe(c));
            }
        }
        for (X509Certificate c : before) {
            if (!after.contains(c)) {
                LOG.info("Cl@ve certificate feed: no longer trusting {}", Certificates.describe(c));
            }
        }
    }

    @Override
    public String toString() {
        return "FeedTrustSource[" + settings.url() + ", " + lastGood.size() + " certificate(s)]";
    }
}
