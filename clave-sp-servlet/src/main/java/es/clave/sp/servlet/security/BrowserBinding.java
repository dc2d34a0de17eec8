package es.clave.sp.servlet.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Binds a pending login (or logout) to the browser that started it (SEC-H2) with a short-lived
 * cookie scoped to the Cl@ve endpoints. The store keeps only a hash of the cookie value.
 *
 * <p>Flags (SEC-H5): always {@code HttpOnly}. {@code Secure} and {@code SameSite=None} so the cookie
 * survives the gateway's cross-site POST; on a plain-http localhost ACS (development against a local
 * stub, which is same-site) {@code Secure} is dropped, and with it {@code SameSite=None}, which
 * browsers refuse without {@code Secure}: {@code SameSite=Lax} is sent instead.
 *
 * <p>The cookie is not deleted after a login: another tab may have a login pending under the same
 * binding, and the cookie alone is worthless (each pending entry is consumed once and expires with
 * the cookie's {@code Max-Age}).
 *
 * <p>Servlet 5.0 (Jakarta EE 9) has no cookie attribute API, so there the {@code Set-Cookie} header is
 * written by this class; on Servlet 6+ the container writes it from {@code Cookie.setAttribute}.
 */
public final class BrowserBinding {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    /** {@code Cookie.setAttribute} on Servlet 6+, null on Servlet 5.0: looked up once, at class load. */
    private static final Method COOKIE_ATTRIBUTES = cookieAttributes();
    private static final Pattern COOKIE_PATH = Pattern.compile("/[\\x21-\\x3A\\x3C-\\x7E]*");

    private final String cookieName;
    private final String cookiePath;
    private final Duration maxAge;
    private final boolean secure;

    /**
     * @param cookieName   the cookie's name
     * @param cookiePath   the path the cookie is sent to (the endpoint prefix under the context path)
     * @param maxAge       lifetime, the pending-login time-to-live
     * @param acsUrl       the configured ACS URL; decides {@code Secure} unless {@code forceSecure}
     * @param forceSecure  {@code Secure} even on a plain-http localhost ACS
     */
    public BrowserBinding(String cookieName, String cookiePath, Duration maxAge, URI acsUrl, boolean forceSecure) {
        if (!COOKIE_PATH.matcher(cookiePath).matches()) {
            throw new IllegalArgumentException("cookie path must start with / and hold only visible ASCII without ';': "
                    + cookiePath);
        }
        this.cookieName = cookieName;
        this.cookiePath = cookiePath;
        this.maxAge = maxAge;
        this.secure = forceSecure || !isPlainHttpLocalhost(acsUrl);
    }

    /** @return whether the cookie is sent with {@code Secure} and {@code SameSite=None} */
    public boolean secure() {
        return secure;
    }

    /**
     * Returns the binding for this browser, setting the cookie when the browser has none yet. A
     * browser that already carries a valid cookie keeps it, so logins started in two tabs both work.
     *
     * @return the value to store with the pending login ({@code PendingLogin.browserBinding()})
     */
    public String bind(HttpServletRequest request, HttpServletResponse response) {
        String token = currentToken(request);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        // always (re)sent so the lifetime restarts with the newest pending login
        writeCookie(response, token, (int) maxAge.toSeconds());
        return hash(token);
    }

    /**
     * @param expected the binding stored with the pending state
     * @return whether this request comes from the browser that holds the binding
     */
    public boolean matches(HttpServletRequest request, String expected) {
        String token = currentToken(request);
        if (token == null || expected == null) {
            return false;
        }
        return MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }

    private void writeCookie(HttpServletResponse response, String value, int maxAgeSeconds) {
        String sameSite = secure ? "None" : "Lax";
        if (COOKIE_ATTRIBUTES != null) {
            Cookie cookie = new Cookie(cookieName, value);
            cookie.setPath(cookiePath);
            cookie.setHttpOnly(true);
            cookie.setSecure(secure);
            cookie.setMaxAge(maxAgeSeconds);
            try {
                COOKIE_ATTRIBUTES.invoke(cookie, "SameSite", sameSite);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cookie.setAttribute failed on a Servlet 6+ container", e);
            }
            response.addCookie(cookie);
        } else {
            // Servlet 5.0 has no way to give a Cookie the SameSite attribute: the header is ours
            response.addHeader("Set-Cookie", setCookieHeader(value, maxAgeSeconds, sameSite));
        }
    }

    /** The Set-Cookie header of the binding cookie, as written on Servlet 5.0 containers. */
    String setCookieHeader(String value, int maxAgeSeconds, String sameSite) {
        return cookieName + "=" + value + "; Path=" + cookiePath + "; Max-Age=" + maxAgeSeconds
                + "; HttpOnly" + (secure ? "; Secure" : "") + "; SameSite=" + sameSite;
    }

    /** @return whether the cookie's SameSite goes through {@code Cookie.setAttribute} (Servlet 6+) */
    public static boolean usesCookieAttributes() {
        return COOKIE_ATTRIBUTES != null;
    }

    private static Method cookieAttributes() {
        try {
            return Cookie.class.getMethod("setAttribute", String.class, String.class);
        } catch (NoSuchMethodException servlet5) {
            return null;
        }
    }

    private String currentToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (cookieName.equals(c.getName()) && c.getValue() != null && TOKEN.matcher(c.getValue()).matches()) {
                return c.getValue();
            }
        }
        return null;
    }

    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    private static boolean isPlainHttpLocalhost(URI acsUrl) {
        return acsUrl != null && "http".equalsIgnoreCase(acsUrl.getScheme()) && acsUrl.getHost() != null
                && LOCAL_HOSTS.contains(acsUrl.getHost().toLowerCase(Locale.ROOT));
    }
}
