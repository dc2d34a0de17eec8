package es.clave.sp.servlet.i18n;

import jakarta.servlet.http.HttpServletRequest;

import java.util.Collection;
import java.util.Enumeration;
import java.util.Locale;

/**
 * Chooses the language of the adapter's pages: a locale the application put in the request
 * attribute {@link #LOCALE_ATTRIBUTE}, else the configured fixed locale, else the first language of
 * {@code Accept-Language} (in the client's order of preference) with built-in texts, else the default.
 */
public final class LocaleSelector {

    /** Request attribute through which an application forces the locale of one request. */
    public static final String LOCALE_ATTRIBUTE = "es.clave.sp.servlet.locale";

    private final Collection<String> supported;
    private final Locale fixed;
    private final Locale fallback;

    /**
     * @param supported languages with texts (ISO 639-1 codes)
     * @param fixed     locale for every request, or null
     * @param fallback  locale when nothing else decides
     */
    public LocaleSelector(Collection<String> supported, Locale fixed, Locale fallback) {
        this.supported = supported;
        this.fixed = fixed;
        this.fallback = fallback;
    }

    /** @return the locale for {@code request} */
    public Locale select(HttpServletRequest request) {
        Object forced = request.getAttribute(LOCALE_ATTRIBUTE);
        if (forced instanceof Locale locale) {
            return locale;
        }
        if (fixed != null) {
            return fixed;
        }
        // the container parses Accept-Language and orders it by q-value; without the header it
        // yields the server default, which is why the explicit header check comes first
        if (request.getHeader("Accept-Language") != null) {
            Enumeration<Locale> locales = request.getLocales();
            while (locales.hasMoreElements()) {
                Locale candidate = locales.nextElement();
                if (supported.contains(candidate.getLanguage())) {
                    return Locale.forLanguageTag(candidate.getLanguage());
                }
            }
        }
        return fallback;
    }
}
