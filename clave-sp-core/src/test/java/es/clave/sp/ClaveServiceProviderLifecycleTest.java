package es.clave.sp;

import es.clave.sp.config.ClaveProperties;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.keys.SpCredential;
import es.clave.sp.testing.TestConfigs;
import es.clave.sp.testing.TestCredentials;
import es.clave.sp.trust.Certificates;
import es.clave.sp.trust.FeedTrustSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Service Provider owns its background work: reading a configuration starts nothing, creating
 * the SP starts the certificate feed (BND-5), and closing it stops the feed's thread.
 */
class ClaveServiceProviderLifecycleTest {

    @TempDir
    Path dir;

    private final SpCredential signing = TestCredentials.rsa("sp", 2048);
    private final SpCredential clave = TestCredentials.rsa("clave", 2048);
    private final SpCredential rotated = TestCredentials.rsa("clave-rotated", 2048);
    private Map<String, String> p;

    @BeforeEach
    void configurationWithFeed() throws Exception {
        p = TestConfigs.minimalProperties(dir, signing, clave);
        Path cache = dir.resolve("feed-cache.pem");
        Files.writeString(cache, Certificates.toPem(List.of(rotated.certificate())));
        p.put("clave.trust.feed.enabled", "true");
        p.put("clave.trust.feed.url", "http://127.0.0.1:9/Proxy2/Certificates"); // nothing listens: the cache serves
        p.put("clave.trust.feed.timeout", "2s");
        p.put("clave.trust.feed.cache-file", cache.toString());
        p.put("clave.trust.feed.pins", Certificates.sha256Hex(rotated.certificate()));
    }

    /** @return the live certificate-feed threads */
    static Set<Thread> feedThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && FeedTrustSource.THREAD_NAME.equals(t.getName()))
                .collect(Collectors.toSet());
    }

    @Test
    @DisplayName("BND-5 loading a configuration with the feed enabled starts no thread; the feed is a value")
    void loadWhenFeedEnabledThenNoThread() {
        Set<Thread> before = feedThreads();
        ClaveSpConfig config = ClaveProperties.load(p);
        assertTrue(config.trustFeed().isPresent());
        assertEquals(before, feedThreads());
        assertEquals(List.of(clave.certificate()), config.trustSource().current(), "the configuration trusts only its files");
    }

    @Test
    @DisplayName("BND-5 a configuration with the feed and a bad key or value fails without leaving a feed thread")
    void loadWhenFeedEnabledAndBadSettingThenNoThreadLeaks() {
        Set<Thread> before = feedThreads();
        p.put("clave.sp.acs-ulr", TestConfigs.ACS);
        assertThrows(ClaveConfigException.class, () -> ClaveProperties.load(p));
        p.remove("clave.sp.acs-ulr");
        p.put("clave.validation.clock-skew", "soon"); // read after the feed settings
        assertThrows(ClaveConfigException.class, () -> ClaveProperties.load(p));
        p.remove("clave.validation.clock-skew");
        p.remove("clave.sp.acs-url"); // fails only in build()'s validation
        assertThrows(ClaveConfigException.class, () -> ClaveProperties.load(p));
        assertEquals(before, feedThreads());
    }

    @Test
    @DisplayName("BND-5 creating the SP starts the feed, its trust source adds the feed's certificates, close() stops it")
    void createThenFeedRunsUntilClose() throws Exception {
        Set<Thread> before = feedThreads();
        ClaveServiceProvider sp = ClaveServiceProvider.create(ClaveProperties.load(p));
        Set<Thread> started = feedThreads();
        started.removeAll(before);
        assertEquals(1, started.size(), "one refresh thread for this SP");
        assertTrue(sp.trustFeed().isPresent());
        assertTrue(sp.trustSource().current().contains(rotated.certificate()), "feed (cache) certificate trusted");
        assertTrue(sp.trustSource().current().contains(clave.certificate()), "file certificate still trusted");

        sp.close();
        Thread thread = started.iterator().next();
        thread.join(5000);
        assertFalse(thread.isAlive(), "close() stops the refresh thread");
        sp.close(); // idempotent
        assertTrue(sp.trustSource().current().contains(rotated.certificate()), "the last good set stays readable");
    }

    @Test
    @DisplayName("BND-5 without the feed the SP starts no thread and close() has nothing to stop")
    void createWithoutFeedThenNoThread() {
        p.put("clave.trust.feed.enabled", "false");
        Set<Thread> before = feedThreads();
        try (ClaveServiceProvider sp = ClaveServiceProvider.create(ClaveProperties.load(p))) {
            assertTrue(sp.trustFeed().isEmpty());
            assertEquals(before, feedThreads());
            assertEquals(List.of(clave.certificate()), sp.trustSource().current());
        }
    }
}
