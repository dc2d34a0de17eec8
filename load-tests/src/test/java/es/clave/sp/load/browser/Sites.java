package es.clave.sp.load.browser;

import java.net.URI;
import java.util.Locale;

/**
 * Origins and sites as browsers compare them. A site is the scheme plus the registrable domain;
 * the hosts of this test are {@code localhost} and {@code 127.0.0.1}, each its own site, so the
 * host stands for the registrable domain (no public-suffix list needed). Ports never matter to a site.
 */
final class Sites {

    private Sites() {
    }

    static String origin(URI url) {
        int port = url.getPort() >= 0 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        return url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
    }

    static boolean sameSite(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost());
    }
}
