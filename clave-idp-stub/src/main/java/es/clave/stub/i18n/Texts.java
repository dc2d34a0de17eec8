package es.clave.stub.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One language of one of the stub's text bundles (page texts, conformance findings). Bundles are
 * UTF-8 properties files, one per language, without fallback from one language to another: a key
 * missing in a language shows as the key itself, which the bundle tests catch.
 * <p>
 * Placeholders {@code {0}}, {@code {1}} … are replaced as they are; unlike {@code MessageFormat},
 * an apostrophe is an ordinary character, so translators write "l'atribut" and "'{0}'" freely.
 */
public final class Texts {

    /** The languages of every bundle, default first (Spanish, as on Cl@ve). */
    public static final List<String> LANGUAGES = List.of("es", "ca", "gl", "eu", "en");

    private static final Map<String, Texts> CACHE = new ConcurrentHashMap<>();

    private final String language;
    private final ResourceBundle bundle;

    private Texts(String baseName, String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(baseName, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * @param baseName the bundle, e.g. {@code es.clave.stub.web.messages}
     * @param language one of {@link #LANGUAGES}
     */
    public static Texts of(String baseName, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("language must be one of " + LANGUAGES + ", got " + language);
        }
        return CACHE.computeIfAbsent(baseName + "_" + language, k -> new Texts(baseName, language));
    }

    /** @return the language tag of these texts */
    public String language() {
        return language;
    }

    /** @return whether the bundle defines {@code key} */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** @return the pattern of {@code key} with {@code args} filled in; the key itself when missing */
    public String get(String key, List<String> args) {
        try {
            return format(bundle.getString(key), args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** @return {@code pattern} with each {@code {n}} replaced by {@code args.get(n)} */
    public static String format(String pattern, List<String> args) {
        if (args.isEmpty() || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder b = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && isIndex(pattern, i + 1, close) && Integer.parseInt(pattern.substring(i + 1, close)) < args.size()) {
                b.append(args.get(Integer.parseInt(pattern.substring(i + 1, close))));
                i = close + 1;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    private static boolean isIndex(String s, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
