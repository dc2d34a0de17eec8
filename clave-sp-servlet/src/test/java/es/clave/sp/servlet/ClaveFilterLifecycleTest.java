package es.clave.sp.servlet;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveProperties;
import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.state.InMemoryPendingLoginStore;
import es.clave.sp.trust.Certificates;
import es.clave.sp.trust.FeedTrustSource;
import es.clave.stub.trust.StubKeys;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a filter configured from properties starts, it stops: the Service Provider's certificate
 * feed (BND-5) runs from {@code init} to {@code destroy}, and a failed {@code init} (which a
 * container never follows with {@code destroy}) leaves nothing running. The filter also checks
 * every {@code clave.*} key against core's keys and its own.
 */
class ClaveFilterLifecycleTest {

    @TempDir
    Path dir;

    private Map<String, String> p;

    @BeforeEach
    void configurationWithFeed() throws Exception {
        StubKeys.KeyAndCertificate sp = StubKeys.generated("servlet-lifecycle SP (TEST-ONLY)");
        StubKeys.KeyAndCertificate clave = StubKeys.generated("servlet-lifecycle Cl@ve (TEST-ONLY)");
        p = new LinkedHashMap<>();
        p.put("clave.environment", "local");
        p.put("clave.gateway.base-url", "http://127.0.0.1:9"); // nothing listens: the feed's downloads fail quietly
        p.put("clave.sp.code", "21114293V_E04975701");
        p.put("clave.sp.application", "servlet-lifecycle-tests");
        p.put("clave.sp.acs-url", "http://localhost:8080/app/clave/acs");
        p.put("clave.sp.signing.private-key", pem("sp-key.pem", "PRIVATE KEY", sp.privateKey().getEncoded()));
        p.put("clave.sp.signing.certificate", pem("sp-cert.pem", "CERTIFICATE", sp.certificate().getEncoded()));
        p.put("clave.trust.certificates", pem("clave.pem", "CERTIFICATE", clave.certificate().getEncoded()));
        p.put("clave.trust.feed.enabled", "true");
        p.put("clave.trust.feed.timeout", "1s");
        p.put("clave.trust.feed.pins", Certificates.sha256Hex(clave.certificate()));
    }

    private String pem(String name, String type, byte[] der) throws Exception {
        String text = "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
        return Files.writeString(dir.resolve(name), text).toString();
    }

    private static Set<Thread> feedThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && FeedTrustSource.THREAD_NAME.equals(t.getName()))
                .collect(Collectors.toSet());
    }

    private static void assertStopped(Set<Thread> threads) throws InterruptedException {
        for (Thread t : threads) {
            t.join(5000);
            assertFalse(t.isAlive(), "feed thread still running");
        }
    }

    /** A servlet context and filter config with just what {@code init} reads. */
    private static FilterConfig filterConfig() {
        ServletContext context = (ServletContext) Proxy.newProxyInstance(ClaveFilterLifecycleTest.class.getClassLoader(),
                new Class<?>[]{ServletContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContextPath" -> "/app";
                    case "getInitParameterNames", "getAttributeNames" -> Collections.emptyEnumeration();
                    default -> null;
                });
        return new FilterConfig() {
            @Override public String getFilterName() { return "clave"; }
            @Override public ServletContext getServletContext() { return context; }
            @Override public String getInitParameter(String name) { return null; }
            @Override public java.util.Enumeration<String> getInitParameterNames() { return Collections.emptyEnumeration(); }
        };
    }

    @Test
    @DisplayName("BND-5 init starts the SP's certificate feed and destroy stops it")
    void destroyWhenConfiguredFromPropertiesThenFeedStops() throws Exception {
        Set<Thread> before = feedThreads();
        ClaveFilter filter = ClaveFilter.fromProperties(p);
        filter.init(filterConfig());
        Set<Thread> started = feedThreads();
        started.removeAll(before);
        assertEquals(1, started.size(), "the filter's SP runs one feed thread");

        filter.destroy();
        assertStopped(started);
        assertDoesNotThrow(filter::destroy, "destroy twice is harmless");
    }

    @Test
    @DisplayName("BND-5 an unknown key fails init before anything starts")
    void initWhenUnknownKeyThenNoFeedThread() {
        Set<Thread> before = feedThreads();
        p.put("clave.servlet.prefx", "/auth");
        ClaveConfigException e = assertThrows(ClaveConfigException.class, () -> ClaveFilter.fromProperties(p).init(filterConfig()));
        assertEquals(Optional.of("clave.servlet.prefix"), e.suggestion());
        assertEquals(before, feedThreads());
    }

    @Test
    @DisplayName("BND-5 a failure after the SP started (bad messages bundle) stops the feed: no destroy() follows a failed init")
    void initWhenFailingAfterCoreStartedThenFeedStopped() throws Exception {
        Set<Thread> before = feedThreads();
        p.put("clave.servlet.messages-bundle", "no.such.Bundle");
        ClaveConfigException e = assertThrows(ClaveConfigException.class, () -> ClaveFilter.fromProperties(p).init(filterConfig()));
        assertEquals(ClaveServletSettings.MESSAGES_BUNDLE, e.property());
        Set<Thread> left = feedThreads();
        left.removeAll(before);
        assertStopped(left);
    }

    @Test
    @DisplayName("the filter checks every clave.* key against core's and its own: typos in either get the nearest key")
    void initWhenTyposThenNearestKeyOfEitherComponent() {
        p.put("clave.trust.feed.enabled", "false");
        p.put("clave.sp.cod", "x");
        assertEquals(Optional.of("clave.sp.code"), assertThrows(ClaveConfigException.class,
                () -> ClaveFilter.fromProperties(p).init(filterConfig())).suggestion());
        p.remove("clave.sp.cod");
        p.put("clave.web.cookie-name", "X"); // a Spring adapter key does nothing here: refused, not ignored
        ClaveConfigException web = assertThrows(ClaveConfigException.class, () -> ClaveFilter.fromProperties(p).init(filterConfig()));
        assertEquals(ClaveConfigException.Problem.UNKNOWN_KEY, web.problem());
        assertEquals("clave.web.cookie-name", web.property());
    }

    @Test
    @DisplayName("core's keys, the state keys and clave.config pass the filter's check")
    void initWhenKnownKeysOfEveryComponentThenAccepted() {
        p.put("clave.trust.feed.enabled", "false");
        p.put("clave.state.store", "memory");
        p.put("clave.config", "classpath:clave.properties");
        p.put("clave.servlet.pending-ttl", "5m");
        ClaveFilter filter = ClaveFilter.fromProperties(p);
        assertDoesNotThrow(() -> filter.init(filterConfig()));
        filter.destroy();
    }

    @Test
    @DisplayName("BND-5 an SP the application passes in stays the application's: destroy does not close it")
    void destroyWhenSpSuppliedThenFeedKeepsRunning() throws Exception {
        Set<Thread> before = feedThreads();
        try (ClaveServiceProvider sp = ClaveServiceProvider.create(ClaveProperties.load(p))) {
            ClaveFilter filter = new ClaveFilter(sp, new InMemoryPendingLoginStore(), ClaveServletSettings.defaults());
            filter.init(filterConfig());
            filter.destroy();
            Set<Thread> running = feedThreads();
            running.removeAll(before);
            assertEquals(1, running.size(), "the application's SP still runs its feed");
            assertTrue(sp.trustFeed().isPresent());
        }
        assertStopped(feedThreads().stream().filter(t -> !before.contains(t)).collect(Collectors.toSet()));
    }

    @Test
    @DisplayName("the servlet durations follow core's grammar: a bare number is refused naming the new form")
    void pendingTtlWhenBareNumberThenRefused() {
        ClaveConfigException e = assertThrows(ClaveConfigException.class,
                () -> ClaveServletSettings.fromProperties(Map.of(ClaveServletSettings.PENDING_TTL, "600")));
        assertTrue(e.getMessage().contains("600s"), e.getMessage());
        assertEquals(List.of(), e.validValues());
    }
}
