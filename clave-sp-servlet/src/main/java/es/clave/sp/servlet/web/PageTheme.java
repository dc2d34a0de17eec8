package es.clave.sp.servlet.web;

import java.util.regex.Pattern;

/**
 * How an application themes the adapter's pages (error, logout confirmation, redirect): an optional
 * stylesheet of its own, linked after the built-in one, that sets the {@code --clave-*} custom
 * properties or adds rules. It must be an origin-relative path on the application's own origin
 * (e.g. {@code /css/clave-theme.css}): the pages' content security policy then allows
 * {@code style-src 'self'} for it and nothing else.
 *
 * @param stylesheet origin-relative path of the theme stylesheet, or null for none
 */
public record PageTheme(String stylesheet) {

    /** No theme stylesheet: the built-in look. */
    public static final PageTheme NONE = new PageTheme(null);

    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9._~!$&'()*+,;=:@/%-]*(\\?[A-Za-z0-9._~!$&'()*+,;=:@/%?-]*)?");

    /**
     * @throws IllegalArgumentException when {@code stylesheet} is not an origin-relative path
     */
    public PageTheme {
        if (stylesheet != null && stylesheet.isBlank()) {
            stylesheet = null;
        }
        if (stylesheet != null && !LOCAL_PATH.matcher(stylesheet).matches()) {
            throw new IllegalArgumentException("the theme stylesheet must be a path on this application's origin, "
                    + "like /css/clave-theme.css (no scheme, host, '//', backslash or spaces), was '" + stylesheet + "'");
        }
    }

    /** @return a theme linking {@code stylesheet}, or {@link #NONE} for null or blank */
    public static PageTheme of(String stylesheet) {
        return stylesheet == null || stylesheet.isBlank() ? NONE : new PageTheme(stylesheet.strip());
    }
}
