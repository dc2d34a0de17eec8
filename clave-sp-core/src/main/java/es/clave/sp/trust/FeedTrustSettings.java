package es.clave.sp.trust;

import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.property.KnownKeys;
import es.clave.sp.property.PropertyReader;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * How the certificate feed (BND-5) is read: the {@code clave.trust.feed.*} properties, documented
 * in {@code docs/operations.md}.
 *
 * @param url       the feed URL (default: the environment's {@code /Proxy2/Certificates})
 * @param refresh   time between refreshes (default {@code 6h}, at least one minute)
 * @param timeout   limit on one download (default {@code 10s}, at most five minutes)
 * @param cacheFile where the last good set is kept across restarts, or null for memory only
 * @param pins      the anchors feed certificates must match (required)
 * @param maxBytes  cap on the feed document size
 */
public record FeedTrustSettings(URI url, Duration refresh, Duration timeout, Path cacheFile, TrustPins pins,
                                int maxBytes) {

    /** {@code clave.trust.feed.enabled}: {@code true} to read the feed (default false). */
    public static final String ENABLED = "clave.trust.feed.enabled";
    /** {@code clave.trust.feed.url}: the feed URL. */
    public static final String URL = "clave.trust.feed.url";
    /** {@code clave.trust.feed.refresh}: duration between refreshes. */
    public static final String REFRESH = "clave.trust.feed.refresh";
    /** {@code clave.trust.feed.timeout}: duration bounding one download. */
    public static final String TIMEOUT = "clave.trust.feed.timeout";
    /** {@code clave.trust.feed.cache-file}: path of the on-disk copy of the last good set. */
    public static final String CACHE_FILE = "clave.trust.feed.cache-file";
    /** {@code clave.trust.feed.pins}: see {@link TrustPins#parse(String)}. */
    public static final String PINS = TrustPins.PROPERTY;
    /** The {@code clave.trust.feed.*} keys. */
    public static final KnownKeys KNOWN_KEYS = KnownKeys.of("docs/operations.md", ENABLED, URL, REFRESH, TIMEOUT,
            CACHE_FILE, PINS);

    /** Default time between refreshes. */
    public static final Duration DEFAULT_REFRESH = Duration.ofHours(6);
    /** Default limit on one download. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** Validates every value; the message names the property to fix. */
    public FeedTrustSettings {
        if (url == null || !("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()))) {
            throw new ClaveConfigException(URL, "'" + url + "' is not an http(s) URL; give the gateway's /Proxy2/Certificates URL");
        }
        if (refresh == null || refresh.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new ClaveConfigException(REFRESH, "'" + format(refresh) + "' is too short; use at least 1m (default 6h)");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new ClaveConfigException(TIMEOUT, "'" + format(timeout) + "' must be between 1ms and 5m (default 10s)");
        }
        if (pins == null) {
            throw new ClaveConfigException(PINS, "feed certificates must be pinned; set " + PINS);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
    }

    /** @return settings with the default refresh, timeout and size cap, no cache file */
    public static FeedTrustSettings of(URI url, TrustPins pins) {
        return new FeedTrustSettings(url, DEFAULT_REFRESH, DEFAULT_TIMEOUT, null, pins, CertificateFeedParser.DEFAULT_MAX_BYTES);
    }

    /** @return a copy with another refresh interval */
    public FeedTrustSettings withRefresh(Duration v) {
        return new FeedTrustSettings(url, v, timeout, cacheFile, pins, maxBytes);
    }

    /** @return a copy with another download timeout */
    public FeedTrustSettings withTimeout(Duration v) {
        return new FeedTrustSettings(url, refresh, v, cacheFile, pins, maxBytes);
    }

    /** @return a copy keeping the last good set in {@code v} */
    public FeedTrustSettings withCacheFile(Path v) {
        return new FeedTrustSettings(url, refresh, timeout, v, pins, maxBytes);
    }

    /**
     * Reads the {@code clave.trust.feed.*} properties. Nothing is started: the settings are a value,
     * and {@code ClaveServiceProvider} runs the feed they describe.
     *
     * @param defaultUrl the feed of the configured environment, e.g. {@code config.certificatesFeedUrl()}
     * @return the settings, or empty when {@code clave.trust.feed.enabled} is not {@code true}
     * @throws ClaveConfigException naming the property when a value is wrong or a key unknown
     */
    public static Optional<FeedTrustSettings> fromProperties(Properties properties, URI defaultUrl) {
        return from(PropertyReader.of(properties), defaultUrl);
    }

    /** Same as {@link #fromProperties(Properties, URI)} for a map of properties. */
    public static Optional<FeedTrustSettings> fromMap(Map<String, String> properties, URI defaultUrl) {
        return from(PropertyReader.of(properties), defaultUrl);
    }

    /** Same as {@link #fromProperties(Properties, URI)} for properties already being read. */
    public static Optional<FeedTrustSettings> from(PropertyReader properties, URI defaultUrl) {
        KNOWN_KEYS.rejectUnknown(properties.keys(), k -> k.startsWith("clave.trust.feed."));
        if (!properties.bool(ENABLED, false)) {
            return Optional.empty();
        }
        URI feedUrl = properties.uri(URL).orElse(defaultUrl);
        return Optional.of(new FeedTrustSettings(feedUrl,
                properties.duration(REFRESH, DEFAULT_REFRESH),
                properties.duration(TIMEOUT, DEFAULT_TIMEOUT),
                properties.string(CACHE_FILE).map(Path::of).orElse(null),
                TrustPins.parse(properties.string(PINS).orElse(null)),
                CertificateFeedParser.DEFAULT_MAX_BYTES));
    }

    private static String format(Duration d) {
        return d == null ? "null" : PropertyReader.format(d);
    }
}
