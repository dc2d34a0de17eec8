package es.clave.sp.servlet;

import es.clave.sp.error.ClaveConfigException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaveServletSettingsTest {

    /** An application error handler, loaded by class name. */
    public static final class AppHandler implements ClaveErrorHandler {
        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, ClaveFailure failure) {
        }
    }

    @Test
    @DisplayName("defaults: /clave prefix, nothing protected, / after login and logout, 10 minutes, es")
    void defaultsWhenNothingSetThenDocumentedValues() {
        ClaveServletSettings s = ClaveServletSettings.fromProperties(Map.of("clave.sp.code", "ignored here"));
        assertEquals("/clave", s.prefix());
        assertEquals(List.of(), s.protectedPaths());
        assertEquals("/", s.defaultReturn());
        assertEquals("/", s.afterLogout());
        assertEquals(Duration.ofMinutes(10), s.pendingTtl());
        assertEquals("CLAVE_PENDING", s.cookieName());
        assertEquals(Locale.forLanguageTag("es"), s.defaultLocale());
        assertNull(s.fixedLocale());
        assertNull(s.errorHandler());
    }

    @Test
    @DisplayName("every clave.servlet key is read")
    void fromPropertiesWhenAllKeysSetThenApplied() {
        ClaveServletSettings s = ClaveServletSettings.fromProperties(Map.ofEntries(
                Map.entry("clave.servlet.prefix", "/auth/clave"),
                Map.entry("clave.servlet.protected-paths", "/private/*, *.jsp ,"),
                Map.entry("clave.servlet.default-return", "/home"),
                Map.entry("clave.servlet.after-logout", "/bye"),
                Map.entry("clave.servlet.error-handler", AppHandler.class.getName()),
                Map.entry("clave.servlet.pending-ttl", "PT5M"),
                Map.entry("clave.servlet.cookie-name", "MY_BINDING"),
                Map.entry("clave.servlet.cookie-secure", "always"),
                Map.entry("clave.servlet.default-locale", "ca"),
                Map.entry("clave.servlet.locale", "eu"),
                Map.entry("clave.servlet.messages-bundle", "app.texts")));
        assertEquals("/auth/clave", s.prefix());
        assertEquals(List.of("/private/*", "*.jsp"), s.protectedPaths());
        assertEquals("/home", s.defaultReturn());
        assertEquals("/bye", s.afterLogout());
        assertInstanceOf(AppHandler.class, s.errorHandler());
        assertEquals(Duration.ofMinutes(5), s.pendingTtl());
        assertEquals("MY_BINDING", s.cookieName());
        assertTrue(s.cookieAlwaysSecure());
        assertEquals("ca", s.defaultLocale().getLanguage());
        assertEquals("eu", s.fixedLocale().getLanguage());
        assertEquals("app.texts", s.messagesBundle());
    }

    @Test
    @DisplayName("an unknown clave.servlet key fails and names itself")
    void fromPropertiesWhenUnknownKeyThenConfigError() {
        ClaveConfigException e = assertThrows(ClaveConfigException.class,
                () -> ClaveServletSettings.fromProperties(Map.of("clave.servlet.protected-path", "/x/*")));
        assertEquals("clave.servlet.protected-path", e.property());
    }

    @Test
    @DisplayName("wrong values fail naming the key: prefix, patterns, pages, ttl, cookie, locale, handler")
    void fromPropertiesWhenWrongValuesThenConfigErrorNamingKey() {
        assertKeyRejected("clave.servlet.prefix", "clave");
        assertKeyRejected("clave.servlet.prefix", "/clave/");
        assertKeyRejected("clave.servlet.protected-paths", "private/*");
        assertKeyRejected("clave.servlet.default-return", "https://evil.example/");
        assertKeyRejected("clave.servlet.after-logout", "//evil.example");
        assertKeyRejected("clave.servlet.pending-ttl", "ten minutes");
        assertKeyRejected("clave.servlet.pending-ttl", "PT2H");
        assertKeyRejected("clave.servlet.cookie-name", "bad name;");
        assertKeyRejected("clave.servlet.cookie-secure", "never");
        assertKeyRejected("clave.servlet.default-locale", "fr");
        assertKeyRejected("clave.servlet.locale", "de-DE");
        assertKeyRejected("clave.servlet.error-handler", "no.such.Handler");
        assertKeyRejected("clave.servlet.error-handler", String.class.getName());
    }

    private static void assertKeyRejected(String key, String value) {
        ClaveConfigException e = assertThrows(ClaveConfigException.class,
                () -> ClaveServletSettings.fromProperties(Map.of(key, value)), key + "=" + value);
        assertEquals(key, e.property());
    }
}
