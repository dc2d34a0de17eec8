package es.clave.sp.trust;

import es.clave.sp.testing.MutableClock;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;


import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okXml;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The feed-backed trust source against a WireMock gateway, one test per feed situation. After every
 * situation the SP's trusted set (static configuration + feed) is asserted: never empty, a rotated
 * certificate added only when pinned.
 */
class FeedTrustSourceTest {

    private static final String PATH = "/Proxy2/Certificates";
    /** generous, so a healthy fetch never trips it even on a loaded build machine */
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** for the slow-response cases only: the stub waits far longer than this */
    private static final Duration SHORT_TIMEOUT = Duration.ofSeconds(1);
    private static final int SLOW_MS = 5_000;

    @RegisterExtension
    static WireMockExtension gateway = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static TestPki claveCa;
    private static TestPki attackerCa;
    private static X509Certificate current;
    private static X509Certificate rotated;
    private static X509Certificate unpinned;
    private static X509Certificate expired;
    private static X509Certificate notYetValid;

    @TempDir
    Path dir;

    private FeedTrustSettings settings;

    @BeforeAll
    static void pki() {
        claveCa = TestPki.ca("TEST Cl@ve CA");
        attackerCa = TestPki.ca("TEST attacker CA");
        current = claveCa.issue("clave-2026", 365);
        rotated = claveCa.issue("clave-2027", 730);
        unpinned = attackerCa.issue("clave-2027", 730);
        expired = claveCa.issue("clave-2024", Instant.now().minus(Duration.ofDays(400)), Instant.now().minus(Duration.ofDays(10)));
        notYetValid = claveCa.issue("clave-2028", Instant.now().plus(Duration.ofDays(10)), Instant.now().plus(Duration.ofDays(400)));
    }

    @BeforeEach
    void settings() {
        TrustPins pins = new TrustPins(Set.of(), List.of(claveCa.certificate));
        settings = FeedTrustSettings.of(URI.create(gateway.baseUrl() + PATH), pins).withTimeout(TIMEOUT);
    }

    private void serve(X509Certificate... certificates) {
        gateway.stubFor(get(PATH).willReturn(okXml(TestPki.feed(certificates))));
    }

    private FeedTrustSource source() {
        return new FeedTrustSource(settings, Clock.systemUTC());
    }

    /** A source with a short timeout whose last good set comes from the cache file, not from a fetch. */
    private FeedTrustSource seededShortTimeoutSource(X509Certificate... lastGood) throws Exception {
        Path cacheFile = Files.writeString(dir.resolve("seed.pem"), Certificates.toPem(List.of(lastGood)));
        FeedTrustSource feed = new FeedTrustSource(settings.withCacheFile(cacheFile).withTimeout(SHORT_TIMEOUT), Clock.systemUTC());
        assertEquals(List.of(lastGood), feed.current());
        return feed;
    }

    /** What the response pipeline sees: configured certificates (here the current one) plus the feed. */
    private static TrustedCertificateSource spView(FeedTrustSource feed) {
        return TrustedCertificateSource.composite(TrustedCertificateSource.of(List.of(current)), feed);
    }

    @Test
    @DisplayName("BND-5 200 with a rotated certificate from the pinned CA: the rotated one is added")
    void refreshWhenRotatedCertificatePinnedThenAdded() {
        FeedTrustSource feed = source();
        serve(current);
        assertEquals(RefreshResult.Outcome.UPDATED, feed.refresh().outcome());
        assertEquals(List.of(current), feed.current());

        serve(current, rotated);
        RefreshResult r = feed.refresh();
        assertEquals(RefreshResult.Outcome.UPDATED, r.outcome());
        assertEquals(List.of(current, rotated), feed.current());
        assertEquals(List.of(current, rotated), spView(feed).current(), "overlap: both trusted, no duplicate");
    }

    @Test
    @DisplayName("BND-5 HTTP 500: the last good set stays")
    void refreshWhenServerErrorThenLastGoodKept() {
        FeedTrustSource feed = source();
        serve(current, rotated);
        feed.refresh();
        gateway.stubFor(get(PATH).willReturn(serverError()));
        RefreshResult r = feed.refresh();
        assertEquals(RefreshResult.Outcome.FETCH_FAILED, r.outcome());
        assertTrue(r.message().contains("HTTP 500"), r.message());
        assertEquals(List.of(current, rotated), feed.current());
    }

    @Test
    @DisplayName("BND-5 a response slower than clave.trust.feed.timeout: the last good set stays")
    void refreshWhenSlowerThanTimeoutThenLastGoodKept() throws Exception {
        FeedTrustSource feed = seededShortTimeoutSource(current);
        gateway.stubFor(get(PATH).willReturn(okXml(TestPki.feed(rotated)).withFixedDelay(SLOW_MS)));
        RefreshResult r = feed.refresh();
        assertEquals(RefreshResult.Outcome.FETCH_FAILED, r.outcome());
        assertTrue(r.message().contains("did not answer within"), r.message());
        assertEquals(List.of(current), feed.current());
    }

    @Test
    @DisplayName("BND-5 a body dripping slower than the timeout is cut off: the last good set stays")
    void refreshWhenBodyDripsThenLastGoodKept() throws Exception {
        FeedTrustSource feed = seededShortTimeoutSource(current);
        gateway.stubFor(get(PATH).willReturn(okXml(TestPki.feed(rotated)).withChunkedDribbleDelay(20, SLOW_MS)));
        assertEquals(RefreshResult.Outcome.FETCH_FAILED, feed.refresh().outcome());
        assertEquals(List.of(current), feed.current());
    }

    @Test
    @DisplayName("BND-5 a connection reset by the server: the last good set stays")
    void refreshWhenConnectionResetThenLastGoodKept() {
        FeedTrustSource feed = source();
        serve(current);
        feed.refresh();
        gateway.stubFor(get(PATH).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertEquals(RefreshResult.Outcome.FETCH_FAILED, feed.refresh().outcome());
        assertEquals(List.of(current), feed.current());
    }

    @Test
    @DisplayName("BND-5 malformed XML: the last good set stays")
    void refreshWhenMalformedThenLastGoodKept() {
        FeedTrustSource feed = source();
        serve(current);
        feed.refresh();
        gateway.stubFor(get(PATH).willReturn(okXml("<md:KeyDescriptor xmlns:md='urn:x'><ds:KeyInfo>")));
        assertEquals(RefreshResult.Outcome.FETCH_FAILED, feed.refresh().outcome());
        assertEquals(List.of(current), feed.current());
    }

    @Test
    @DisplayName("BND-5 an empty 200 body or a document with no KeyDescriptor: the last good set stays")
    void refreshWhenEmptyThenLastGoodKept() {
        FeedTrustSource feed = source();
        serve(current);
        feed.refresh();
        gateway.stubFor(get(PATH).willReturn(aResponse().withStatus(200).withBody("")));
        assertEquals(RefreshResult.Outcome.FETCH_FAILED, feed.refresh().outcome());
        gateway.stubFor(get(PATH).willReturn(okXml("<md:KeyDescriptors xmlns:md=\"urn:oasis:names:tc:SAML:2.0:metadata\"/>")));
        assertEquals(RefreshResult.Outcome.FETCH_FAILED, feed.refresh().outcome());
        assertEquals(List.of(current), feed.current());
    }

    @Test
    @DisplayName("BND-5 a certificate matching no pin is never trusted, even alone in the feed")
    void refreshWhenUnpinnedCertificateThenNotTrusted() {
        FeedTrustSource feed = source();
        serve(current);
        feed.refresh();

        serve(unpinned);
        RefreshResult alone = feed.refresh();
        assertEquals(RefreshResult.Outcome.NOTHING_ACCEPTABLE, alone.outcome());
        assertEquals(List.of(current), feed.current());

        serve(current, unpinned, rotated);
        RefreshResult mixed = feed.refresh();
        assertEquals(RefreshResult.Outcome.UPDATED, mixed.outcome());
        assertEquals(List.of(current, rotated), feed.current());
        assertFalse(spView(feed).current().contains(unpinned));
        assertTrue(mixed.rejected().stream().anyMatch(r -> r.contains("TEST attacker CA") || r.contains("matches no pin")),
                mixed.rejected().toString());
    }

    @Test
    @DisplayName("BND-5 expired and not-yet-valid feed certificates are not used, and say why")
    void refreshWhenExpiredOrNotYetValidThenNotUsed() {
        FeedTrustSource feed = source();
        serve(expired, current, notYetValid);
        RefreshResult r = feed.refresh();
        assertEquals(List.of(current), feed.current());
        assertTrue(r.rejected().stream().anyMatch(x -> x.contains("clave-2024") && x.endsWith("expired")), r.rejected().toString());
        assertTrue(r.rejected().stream().anyMatch(x -> x.contains("clave-2028") && x.contains("not valid before")), r.rejected().toString());

        serve(expired);
        assertEquals(RefreshResult.Outcome.NOTHING_ACCEPTABLE, feed.refresh().outcome());
        assertEquals(List.of(current), feed.current());
    }

    @Test
    @DisplayName("BND-5 a certificate for encryption only is not trusted for signatures")
    void refreshWhenEncryptionOnlyThenNotUsed() {
        FeedTrustSource feed = source();
        String doc = TestPki.feed(current).replace("</md:KeyDescriptors>",
                TestPki.keyDescriptor("md", "ds", "encryption", "enc", rotated) + "</md:KeyDescriptors>");
        gateway.stubFor(get(PATH).willReturn(okXml(doc)));
        RefreshResult r = feed.refresh();
        assertEquals(List.of(current), feed.current());
        assertTrue(r.rejected().get(0).contains("not for signing"), r.rejected().toString());
    }

    @Test
    @DisplayName("BND-5 the feed down from the start leaves the configured certificates trusted")
    void refreshWhenFeedDownFromStartThenConfiguredStillTrusted() {
        FeedTrustSource feed = source();
        gateway.stubFor(get(PATH).willReturn(serverError()));
        feed.refresh();
        assertTrue(feed.current().isEmpty());
        assertEquals(List.of(current), spView(feed).current());
    }

    @Test
    @DisplayName("BND-5 the cache file carries the last good set across a restart during an outage")
    void startWhenCacheFileAndFeedDownThenCachedSetTrusted() throws Exception {
        Path cacheFile = dir.resolve("cache/clave-feed.pem");
        settings = settings.withCacheFile(cacheFile);
        FeedTrustSource first = source();
        serve(current, rotated);
        first.refresh();
        assertTrue(Files.isRegularFile(cacheFile));

        gateway.stubFor(get(PATH).willReturn(serverError()));
        FeedTrustSource restarted = source();
        assertEquals(List.of(current, rotated), restarted.current(), "from the cache, before any download");
        restarted.refresh();
        assertEquals(List.of(current, rotated), restarted.current(), "still after a failed download");
    }

    @Test
    @DisplayName("BND-5 a cache file is re-checked against the pins: a planted certificate is ignored")
    void startWhenCacheFileHoldsUnpinnedCertificateThenIgnored() throws Exception {
        Path cacheFile = dir.resolve("clave-feed.pem");
        Files.writeString(cacheFile, Certificates.toPem(List.of(unpinned, current)));
        settings = settings.withCacheFile(cacheFile);
        assertEquals(List.of(current), source().current());
    }

    @Test
    @DisplayName("BND-5 a certificate that expires after it was fetched stops being trusted")
    void currentWhenCertificateExpiresAfterRefreshThenDropped() {
        MutableClock clock = new MutableClock(Instant.now());
        FeedTrustSource feed = new FeedTrustSource(settings, clock);
        serve(current, rotated);
        feed.refresh();
        clock.advance(Duration.ofDays(400)); // past current's notAfter, before rotated's
        assertEquals(List.of(rotated), feed.current());
    }

    @Test
    @DisplayName("BND-5 start() refreshes on a daemon thread; close() stops it")
    void startThenRefreshedInBackground() throws Exception {
        serve(current);
        try (FeedTrustSource feed = FeedTrustSource.start(settings)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (feed.lastResult().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(RefreshResult.Outcome.UPDATED, feed.lastResult().orElseThrow().outcome());
            assertEquals(List.of(current), feed.current());
            Thread worker = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("clave-trust-feed")).findFirst().orElseThrow();
            assertTrue(worker.isDaemon());
        }
    }

    @Test
    @DisplayName("BND-5 through every feed situation in a row the SP always has a trusted certificate")
    void everySituationInARowThenNeverEmpty() {
        FeedTrustSource feed = source();
        TrustedCertificateSource sp = spView(feed);
        Runnable[] situations = {
                () -> serve(current),
                () -> gateway.stubFor(get(PATH).willReturn(serverError())),
                () -> gateway.stubFor(get(PATH).willReturn(okXml("not xml"))),
                () -> serve(unpinned),
                () -> serve(expired),
                () -> gateway.stubFor(get(PATH).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE))),
                () -> serve(current, rotated),
                () -> gateway.stubFor(get(PATH).willReturn(serverError())),
        };
        for (int i = 0; i < situations.length; i++) {
            situations[i].run();
            feed.refresh();
            List<X509Certificate> trusted = sp.current();
            assertFalse(trusted.isEmpty(), "situation " + i);
            assertTrue(trusted.contains(current), "situation " + i);
            assertFalse(trusted.contains(unpinned), "situation " + i);
            assertFalse(trusted.contains(expired), "situation " + i);
            assertEquals(i >= 6, trusted.contains(rotated), "rotated trusted only once the feed served it, situation " + i);
        }
    }
}
