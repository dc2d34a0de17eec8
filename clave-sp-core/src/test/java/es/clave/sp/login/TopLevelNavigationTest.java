package es.clave.sp.login;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopLevelNavigationTest {

    /** What Chromium sends when the citizen follows a link or presses a button. */
    private static final Map<String, String> CHROMIUM_NAVIGATION = Map.of(
            "Sec-Fetch-Mode", "navigate", "Sec-Fetch-Dest", "document", "Sec-Fetch-Site", "same-origin",
            "Sec-Fetch-User", "?1",
            "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8");

    private static boolean test(String method, Map<String, String> headers) {
        Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        byName.putAll(headers);
        return TopLevelNavigation.test(method, byName::get);
    }

    private static Map<String, String> with(Map<String, String> base, String name, String value) {
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(base);
        copy.put(name, value);
        return copy;
    }

    @Test
    @DisplayName("SEC-H8: a browser's top-level navigation (GET link or POST form) may start a login")
    void testWhenFetchMetadataNavigateDocumentThenTrue() {
        assertTrue(test("GET", CHROMIUM_NAVIGATION));
        assertTrue(test("POST", CHROMIUM_NAVIGATION));
        assertTrue(test("GET", Map.of("sec-fetch-mode", "NAVIGATE")), "header names and values are case-insensitive");
    }

    @Test
    @DisplayName("SEC-H8: images (the favicon too), scripts, styles, fetch/XHR and frames never start a login")
    void testWhenFetchMetadataSubresourceThenFalse() {
        assertFalse(test("GET", Map.of("Sec-Fetch-Mode", "no-cors", "Sec-Fetch-Dest", "image",
                "Accept", "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8")));
        assertFalse(test("GET", Map.of("Sec-Fetch-Mode", "no-cors", "Sec-Fetch-Dest", "script", "Accept", "*/*")));
        assertFalse(test("GET", Map.of("Sec-Fetch-Mode", "no-cors", "Sec-Fetch-Dest", "style", "Accept", "text/css,*/*;q=0.1")));
        assertFalse(test("GET", Map.of("Sec-Fetch-Mode", "cors", "Sec-Fetch-Dest", "empty", "Accept", "*/*")));
        assertFalse(test("GET", Map.of("Sec-Fetch-Mode", "same-origin", "Sec-Fetch-Dest", "empty", "Accept", "text/html")),
                "a fetch() that asks for HTML is still no navigation");
        assertFalse(test("GET", with(CHROMIUM_NAVIGATION, "Sec-Fetch-Dest", "iframe")), "a login inside a frame");
    }

    @Test
    @DisplayName("SEC-H8: prefetches and prerenders never start a login, whatever else they send")
    void testWhenPrefetchThenFalse() {
        assertFalse(test("GET", with(CHROMIUM_NAVIGATION, "Sec-Purpose", "prefetch;prerender")));
        assertFalse(test("GET", with(CHROMIUM_NAVIGATION, "Sec-Purpose", "prefetch")));
        assertFalse(test("GET", Map.of("Purpose", "prefetch", "Accept", "text/html")));
    }

    @Test
    @DisplayName("SEC-H8: without Fetch Metadata, XHR and an Accept without HTML are refused; old browsers and plain clients are not")
    void testWhenNoFetchMetadataThenJudgedByAccept() {
        assertTrue(test("GET", Map.of()), "a plain HTTP client that sends no Accept");
        assertTrue(test("GET", Map.of("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")));
        assertTrue(test("GET", Map.of("Accept", "*/*")));
        assertFalse(test("GET", Map.of("Accept", "image/png,image/*;q=0.8")));
        assertFalse(test("GET", Map.of("Accept", "application/json")));
        assertFalse(test("GET", Map.of("Accept", "text/html;q=0, application/json")), "q=0 means not acceptable");
        assertFalse(test("GET", Map.of("Accept", "text/html", "X-Requested-With", "XMLHttpRequest")));
    }

    @Test
    @DisplayName("SEC-H8: only GET and POST start a login; HEAD, OPTIONS and the rest do not")
    void testWhenOtherMethodThenFalse() {
        for (String method : new String[] {"HEAD", "OPTIONS", "PUT", "DELETE", "get"}) {
            assertFalse(test(method, CHROMIUM_NAVIGATION), method);
        }
    }
}
