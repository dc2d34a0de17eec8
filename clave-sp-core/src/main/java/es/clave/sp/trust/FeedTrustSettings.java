package es.clave.sp.trust;

import es.clave.sp.error.ClaveConfigException;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * How the certificate feed (BND-5) is read: the {@code clave.trust.feed.*} properties, documented
 * in {@code docs/operations.md}.
 *
 * @param url       the feed URL (default: the environment's {@code /Proxy2/Certificates})
 * @param refresh   time between refreshes (default {@code PT6H}, at least one minute)
 * @param timeout   limit on one download (default {@code PT10S})
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
    /** {@code clave.trust.feed.refresh}: ISO-8601 duration between refreshes. */
    public static final String REFRESH = "clave.trust.feed.refresh";
    /** {@code clave.trust.feed.timeout}: ISO-8601 duration bounding one download. */
    public static final String TIMEOUT = "clave.trust.feed.timeout";
    /** {@code clave.trust.feed.cache-file}: path of the on-disk copy of the last good set. */
    public static final String CACHE_FILE = "clave.trust.feed.cache-file";
    /** {@code clave.trust.feed.pins}: see {@link TrustPins#parse(String)}. */
    public static final String PINS = TrustPins.PROPERTY;

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
            throw new ClaveConfigException(REFRESH, "'" + refresh + "' is too short; use at least PT1M (default PT6H)");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new ClaveConfigException(TIMEOUT, "'" + timeout + "' must be between PT0.001S and PT5M (default PT10S)");
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
     * Reads the {@code clave.trust.feed.*} properties.
     *
     * @param defaultUrl the feed of the configured environment, e.g. {@code config.certificatesFeedUrl()}
     * @return the settings, or empty when {@code clave.trust.feed.enabled} is not {@code true}
     * @throws ClaveConfigException naming the property when a value is wrong
     */
    public static Optional<FeedTrustSettings> fromProperties(Properties properties, URI defaultUrl) {
        return from(properties::getProperty, defaultUrl);
    }

    /** Same as {@link #fromProperties(Properties, URI)} for a map of properties. */
    public static Optional<FeedTrustSettings> fromMap(Map<String, String> properties, URI defaultUrl) {
        return from(properties::get, defaultUrl);
    }

    private static Optional<FeedTrustSettings> from(Function<String, String> props, URI defaultUrl) {
        String enabled = trimmed(props.apply(ENABLED));
        if (enabled == null || "false".equals(enabled.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (!"true".equals(enabled.toLowerCase(Locale.ROOT))) {
            throw new ClaveConfigException(ENABLED, "'" + enabled + "' is not true or false");
        }
        String url = trimmed(props.apply(URL));
        URI feedUrl;
        try {
            feedUrl = url == null ? defaultUrl : URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new ClaveConfigException(URL, "'" + url + "' is not a URL", e);
        }
        String cache = trimmed(props.apply(CACHE_FILE));
        return Optional.of(new FeedTrustSettings(feedUrl,
                duration(props, REFRESH, DEFAULT_REFRESH),
                duration(props, TIMEOUT, DEFAULT_TIMEOUT),
                cache == null ? null : Path.of(cache),
                TrustPins.parse(props.apply(PINS)),
                CertificateFeedParser.DEFAULT_MAX_BYTES));
    }

    private static Duration duration(Function<String, String> props, String key, Duration fallback) {
        String v = trimmed(props.apply(key));
        if (v == null) {
            return fallback;
        }
        try {
            return Duration.parse(v);
        } catch (DateTimeParseException e) {
            throw new ClaveConfigException(key, "'" + v + "' is not an ISO-8601 duration such as " + fallback, e);
        }
    }

    private static String trimmed(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }
}
