package es.clave.sp.trust;

import es.clave.sp.config.Environment;
import es.clave.sp.error.ClaveConfigException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FeedTrustSettingsTest {

    private static final URI PRO_FEED = Environment.certificatesEndpoint(Environment.PRO.fixedBaseUrl());
    private static final String PIN = "a".repeat(64);

    @Test
    @DisplayName("BND-5 the feed is off unless clave.trust.feed.enabled=true")
    void fromPropertiesWhenNotEnabledThenEmpty() {
        assertTrue(FeedTrustSettings.fromProperties(new Properties(), PRO_FEED).isEmpty());
        assertTrue(FeedTrustSettings.fromMap(Map.of(FeedTrustSettings.ENABLED, "false"), PRO_FEED).isEmpty());
    }

    @Test
    @DisplayName("BND-5 defaults: the environment's feed URL, PT6H refresh, PT10S timeout, no cache file")
    void fromPropertiesWhenOnlyEnabledAndPinsThenDefaults() {
        FeedTrustSettings s = FeedTrustSettings.fromMap(Map.of(FeedTrustSettings.ENABLED, "true",
                FeedTrustSettings.PINS, PIN), PRO_FEED).orElseThrow();
        assertEquals(URI.create("https://pasarela.clave.gob.es/Proxy2/Certificates"), s.url());
        assertEquals(Duration.ofHours(6), s.refresh());
        assertEquals(Duration.ofSeconds(10), s.timeout());
        assertNull(s.cacheFile());
        assertTrue(s.pins().fingerprints().contains(PIN));
    }

    @Test
    @DisplayName("BND-5 every clave.trust.feed.* key is read")
    void fromPropertiesWhenAllSetThenUsed() {
        Properties p = new Properties();
        p.setProperty("clave.trust.feed.enabled", "TRUE");
        p.setProperty("clave.trust.feed.url", "http://localhost:8443/Proxy2/Certificates");
        p.setProperty("clave.trust.feed.refresh", "PT30M");
        p.setProperty("clave.trust.feed.timeout", "PT3S");
        p.setProperty("clave.trust.feed.cache-file", "/var/cache/clave/feed.pem");
        p.setProperty("clave.trust.feed.pins", PIN);
        FeedTrustSettings s = FeedTrustSettings.fromProperties(p, PRO_FEED).orElseThrow();
        assertEquals(URI.create("http://localhost:8443/Proxy2/Certificates"), s.url());
        assertEquals(Duration.ofMinutes(30), s.refresh());
        assertEquals(Duration.ofSeconds(3), s.timeout());
        assertEquals(Path.of("/var/cache/clave/feed.pem"), s.cacheFile());
    }

    @Test
    @DisplayName("BND-5 enabling the feed without pins fails: nothing trusts whatever the network returns")
    void fromPropertiesWhenNoPinsThenConfigError() {
        ClaveConfigException e = assertThrows(ClaveConfigException.class,
                () -> FeedTrustSettings.fromMap(Map.of(FeedTrustSettings.ENABLED, "true"), PRO_FEED));
        assertEquals("clave.trust.feed.pins", e.property());
    }

    @Test
    @DisplayName("BND-5 wrong values name their property")
    void fromPropertiesWhenWrongValuesThenPropertyNamed() {
        assertEquals("clave.trust.feed.refres", assertThrows(ClaveConfigException.class,
                () -> FeedTrustSettings.fromMap(Map.of("clave.trust.feed.refres", "6h"), PRO_FEED)).property());
        assertEquals("clave.trust.feed.enabled", assertThrows(ClaveConfigException.class,
                () -> FeedTrustSettings.fromMap(Map.of(FeedTrustSettings.ENABLED, "yes"), PRO_FEED)).property());
        assertEquals("clave.trust.feed.refresh", assertThrows(ClaveConfigException.class,
                () -> FeedTrustSettings.fromMap(Map.of(FeedTrustSettings.ENABLED, "true", FeedTrustSettings.PINS, PIN,
                        FeedTrustSettings.REFRESH, "6 hours"), PRO_FEED)).property());
        assertEquals("clave.trust.feed.refresh", assertThrows(ClaveConfigException.class,
                () -> FeedTrustSettings.fromMap(Map.of(FeedTrustSettings.ENABLED, "true", FeedTrustSettings.PINS, PIN,
                        FeedTrustSettings.REFRESH, "PT5S"), PRO_FEED)).property());
        assertEquals("clave.trust.feed.timeout", assertThrows(ClaveConfigException.class,
                () -> FeedTrustSettings.fromMap(Map.of(FeedTrustSettings.ENABLED, "true", FeedTrustSettings.PINS, PIN,
                        FeedTrustSettings.TIMEOUT, "PT0S"), PRO_FEED)).property());
        assertEquals("clave.trust.feed.url", assertThrows(ClaveConfigException.class,
                () -> FeedTrustSettings.fromMap(Map.of(FeedTrustSettings.ENABLED, "true", FeedTrustSettings.PINS, PIN,
                        FeedTrustSettings.URL, "ftp://example.org/feed"), PRO_FEED)).property());
    }

    @Test
    @DisplayName("BND-5 feed durations follow the one grammar: 6h and PT6H are the same, a bare number is refused")
    void fromPropertiesWhenShortDurationFormThenSameAsIso() {
        Map<String, String> p = new java.util.HashMap<>(Map.of(FeedTrustSettings.ENABLED, "true", FeedTrustSettings.PINS, PIN));
        p.put(FeedTrustSettings.REFRESH, "6h");
        p.put(FeedTrustSettings.TIMEOUT, "30s");
        FeedTrustSettings s = FeedTrustSettings.fromMap(p, PRO_FEED).orElseThrow();
        assertEquals(Duration.ofHours(6), s.refresh());
        assertEquals(Duration.ofSeconds(30), s.timeout());
        p.put(FeedTrustSettings.TIMEOUT, "30");
        assertTrue(assertThrows(ClaveConfigException.class, () -> FeedTrustSettings.fromMap(p, PRO_FEED))
                .getMessage().contains("30s"));
    }
}
