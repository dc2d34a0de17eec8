package es.clave.sp.servlet.security;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BrowserBindingTest {

    private static BrowserBinding binding(String acs, boolean forceSecure) {
        return new BrowserBinding("CLAVE_BIND", "/app/clave", Duration.ofMinutes(5), URI.create(acs), forceSecure);
    }

    @Test
    @DisplayName("SEC-H5: the Servlet 5.0 Set-Cookie header is HttpOnly, Secure and SameSite=None for a public ACS")
    void servlet5HeaderSecure() {
        assertEquals("CLAVE_BIND=abc; Path=/app/clave; Max-Age=300; HttpOnly; Secure; SameSite=None",
                binding("https://sp.example.es/app/clave/acs", false).setCookieHeader("abc", 300, "None"));
    }

    @Test
    @DisplayName("SEC-H5: on a plain-http localhost ACS the Servlet 5.0 header drops Secure and sends SameSite=Lax")
    void servlet5HeaderLocal() {
        assertEquals("CLAVE_BIND=abc; Path=/app/clave; Max-Age=300; HttpOnly; SameSite=Lax",
                binding("http://localhost:8080/app/clave/acs", false).setCookieHeader("abc", 300, "Lax"));
    }

    @Test
    @DisplayName("SEC-H5: a cookie path that could inject attributes into Set-Cookie is refused at start")
    void pathInjectionRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BrowserBinding("CLAVE_BIND", "/app; Domain=evil.es",
                Duration.ofMinutes(5), URI.create("https://sp.example.es/acs"), false));
    }

    @Test
    @DisplayName("SEC-H5: Cookie.setAttribute is used exactly when the running container's API has it (Servlet 6+)")
    void strategyFollowsRuntimeApi() {
        int major = Integer.parseInt(System.getProperty("clave.test.servlet.major"));
        assertEquals(major >= 6, BrowserBinding.usesCookieAttributes());
    }
}
