package es.clave.sp.servlet.web;

import jakarta.servlet.http.HttpServletResponse;

import java.security.SecureRandom;
import java.util.Base64;

/** Response headers shared by the adapter's pages: no caching, no framing, a strict CSP. */
final class PageHeaders {

    private static final SecureRandom RANDOM = new SecureRandom();

    private PageHeaders() {
    }

    /** @return a fresh CSP nonce for one page */
    static String nonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * Sets the headers of an HTML page.
     *
     * @param formAction the only origin forms may post to ({@code 'none'} for pages without forms)
     * @param nonce      the nonce allowing the page's own inline style and script
     * @param theme      the application's theme; a theme stylesheet adds {@code 'self'} to style-src
     */
    static void apply(HttpServletResponse response, String formAction, String nonce, PageTheme theme) {
        response.setContentType("text/html;charset=UTF-8");
        // pages carry one-time SAML messages and personal data: never cached, never framed
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        String styles = "'nonce-" + nonce + "'" + (theme.stylesheet() == null ? "" : " 'self'");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src " + styles
                + "; script-src 'nonce-" + nonce + "'; form-action " + formAction
                + "; frame-ancestors 'none'; base-uri 'none'");
    }
}
