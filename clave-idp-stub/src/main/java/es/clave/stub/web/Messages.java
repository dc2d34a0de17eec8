package es.clave.stub.web;

import es.clave.stub.ClaveMethod;
import es.clave.stub.Loa;
import es.clave.stub.conformance.Finding;
import es.clave.stub.i18n.Phrase;
import es.clave.stub.i18n.Texts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Everything a page shows in one language (es default, ca, gl, eu, en): page texts, the failure
 * catalogue, exchange outcomes and conformance findings. The language comes from {@code ?lang=},
 * else from Accept-Language, else Spanish, as on Cl@ve.
 */
public final class Messages {

    /** Languages the pages are written in, default first. */
    public static final List<String> LANGUAGES = Texts.LANGUAGES;

    /** The page bundle. */
    public static final String BUNDLE = "es.clave.stub.web.messages";

    private final Texts texts;

    private Messages(String language) {
        this.texts = Texts.of(BUNDLE, language);
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

    /** @return the messages of {@code language}, one of {@link #LANGUAGES} */
    public static Messages of(String language) {
        return new Messages(language);
    }

    /** @return the language tag in use, for {@code <html lang>} and links */
    public String language() {
        return texts.language();
    }

    /**
     * @return the text for {@code key} with {@code args} filled in (methods, levels of assurance and
     *         phrases in this language, collections joined with ", "); the key itself when missing
     */
    public String get(String key, Object... args) {
        List<String> rendered = new ArrayList<>(args.length);
        for (Object a : args) {
            rendered.add(render(a));
        }
        return texts.get(key, rendered);
    }

    /** @return {@code phrase} in this language */
    public String get(Phrase phrase) {
        return get(phrase.key(), phrase.args().toArray());
    }

    /** @return what is wrong, in this language */
    public String problem(Finding finding) {
        return finding.problem(language());
    }

    /** @return how to fix it, in this language */
    public String fix(Finding finding) {
        return finding.fix(language());
    }

    private String render(Object arg) {
        if (arg instanceof ClaveMethod m) {
            return get("method." + m.name());
        } else if (arg instanceof Loa l) {
            return get("loa." + l.name());
        } else if (arg instanceof Phrase p) {
            return get(p);
        } else if (arg instanceof Collection<?> c) {
            return c.stream().map(this::render).collect(Collectors.joining(", "));
        }
        return String.valueOf(arg);
    }
}
