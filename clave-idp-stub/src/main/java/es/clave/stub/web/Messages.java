package es.clave.stub.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localized page texts (es default, ca, gl, eu, en). The language comes from {@code ?lang=}, else
 * from Accept-Language, else Spanish, as on Cl@ve.
 */
public final class Messages {

    /** Languages the pages are written in, default first. */
    public static final List<String> LANGUAGES = List.of("es", "ca", "gl", "eu", "en");

    private static final String BUNDLE = "es.clave.stub.web.messages";

    private final String language;
    private final ResourceBundle bundle;

    private Messages(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** @return messages for the first supported language of {@code langParam}, then {@code acceptLanguage}, else es */
    public static Messages negotiate(String langParam, String acceptLanguage) {
        if (langParam != null && LANGUAGES.contains(langParam.toLowerCase(Locale.ROOT))) {
            return new Messages(langParam.toLowerCase(Locale.ROOT));
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String match = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
                if (match != null) {
                    return new Messages(match);
                }
            } catch (IllegalArgumentException ignored) {
                // a malformed header falls back to the default language
            }
        }
        return new Messages(LANGUAGES.get(0));
    }

    /** @return the language tag in use, for {@code <html lang>} and links */
    public String language() {
        return language;
    }

    /** @return the text for {@code key}, formatted with {@code args}; the key itself when missing */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args);
    }
}
