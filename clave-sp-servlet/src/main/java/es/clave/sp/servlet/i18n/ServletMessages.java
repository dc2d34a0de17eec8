package es.clave.sp.servlet.i18n;

import es.clave.sp.error.ClaveMessages;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The texts of the adapter's pages. A key is looked up through core's {@link ClaveMessages} (the
 * application's override bundle first, then core's texts: error messages, page titles, the button
 * label), then in the adapter's own bundle (texts only the servlet pages use); a key nobody knows
 * is returned as is, so a page never fails for a missing text.
 */
public final class ServletMessages {

    private static final String BUILT_IN = "es.clave.sp.servlet.i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ClaveMessages core;

    /**
     * @param core core's messages, carrying the application's override bundle when one is configured
     */
    public ServletMessages(ClaveMessages core) {
        this.core = core;
    }

    /**
     * @param key    the message key
     * @param locale the page's locale
     * @param args   values replacing {@code {0}}, {@code {1}}, … (inserted as is: escape when rendering)
     * @return the text
     */
    public String text(String key, Locale locale, Object... args) {
        String text = core.find(key, locale).or(() -> builtIn(key, locale)).orElse(key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    private static Optional<String> builtIn(String key, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUILT_IN, Locale.forLanguageTag(locale.getLanguage()),
                    ServletMessages.class.getClassLoader(), NO_FALLBACK);
            return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
