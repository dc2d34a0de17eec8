package es.clave.sp.servlet.i18n;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

/**
 * The texts of the adapter's pages. A key is looked up in the application's bundle (when
 * configured), then in the adapter's own bundle, then in core's messages (error texts and the
 * button label); a key nobody knows is returned as is so a page never fails for a missing text.
 */
public final class ServletMessages {

    private static final String BUILT_IN = "es.clave.sp.servlet.i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String applicationBundle;
    private final ClassLoader applicationLoader;
    private final BiFunction<String, Locale, String> coreTexts;

    /**
     * @param applicationBundle base name of the application's overriding bundle, or null
     * @param applicationLoader class loader that sees the application's bundle
     * @param coreTexts         core's localized texts: key and locale to text, or null when unknown
     */
    public ServletMessages(String applicationBundle, ClassLoader applicationLoader,
                           BiFunction<String, Locale, String> coreTexts) {
        this.applicationBundle = applicationBundle;
        this.applicationLoader = applicationLoader;
        this.coreTexts = coreTexts;
    }

    /**
     * @param key    the message key
     * @param locale the page's locale
     * @param args   values replacing {@code {0}}, {@code {1}}, … (inserted as is: escape when rendering)
     * @return the text
     */
    public String text(String key, Locale locale, Object... args) {
        String text = null;
        if (applicationBundle != null) {
            text = lookup(applicationBundle, applicationLoader, key, locale);
        }
        if (text == null) {
            text = lookup(BUILT_IN, ServletMessages.class.getClassLoader(), key, locale);
        }
        if (text == null) {
            text = coreTexts.apply(key, locale);
        }
        if (text == null) {
            text = key;
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    private static String lookup(String base, ClassLoader loader, String key, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(base, Locale.forLanguageTag(locale.getLanguage()),
                    loader, NO_FALLBACK);
            return bundle.containsKey(key) ? bundle.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
