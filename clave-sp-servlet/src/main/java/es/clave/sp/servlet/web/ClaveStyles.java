package es.clave.sp.servlet.web;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The stylesheet of the Cl@ve button and of the adapter's pages ({@code clave.css}, shipped in this
 * jar). Both adapters serve it at {@code <prefix>/clave.css} (e.g. {@code /clave/clave.css}) for the
 * application's own pages, and inline it, under the page's CSP nonce, in the pages they render.
 * Applications theme it with the {@code --clave-*} custom properties listed in
 * {@code docs/guides/theming.md}.
 */
public final class ClaveStyles {

    /** File name under the endpoint prefix: {@code <prefix>/clave.css}. */
    public static final String FILE_NAME = "clave.css";
    /** Class-path location of the stylesheet. */
    public static final String RESOURCE = "es/clave/sp/servlet/web/clave.css";

    private static final String CSS = load();

    private ClaveStyles() {
    }

    /** @return the stylesheet's text */
    public static String css() {
        return CSS;
    }

    /**
     * Answers a GET of {@code <prefix>/clave.css}: the stylesheet, cacheable for a day (it changes
     * only with the library version), never sniffed as anything but CSS.
     */
    public static void serve(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/css;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().print(CSS);
        response.getWriter().flush();
    }

    private static String load() {
        try (InputStream in = ClaveStyles.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the clave-sp-servlet jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
