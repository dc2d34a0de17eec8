package es.clave.sp.error;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Citizen-facing texts in Spanish, Catalan, Galician, Basque and English: one per
 * {@link ClaveError#messageKey()} plus the labels adapters need (button, page title, actions).
 *
 * <p>Lookup goes from the requested locale to its language and then to Spanish, never to the
 * server's default locale. An application may pass an <em>override</em> bundle base name; a key
 * found there (for the locale or its fallbacks) wins over the built-in text, so apps can replace
 * single texts or add languages. As with any resource bundle, the override's base file (no language
 * suffix) applies to every language that has no file of its own in the override.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}}, ... replaced literally by the arguments. Unlike
 * {@link java.text.MessageFormat}, apostrophes need no escaping (Catalan texts are full of them).
 * Texts are plain text: adapters must HTML-escape them, and the arguments, when rendering.
 */
public final class ClaveMessages {
    /** Base name of the built-in bundles ({@code es/clave/sp/messages/ClaveMessages*.properties}). */
    public static final String DEFAULT_BASE_NAME = "es.clave.sp.messages.ClaveMessages";
    /** The language every lookup falls back to. */
    public static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("es");
    /** The languages the built-in bundles cover. */
    public static final List<Locale> SUPPORTED_LOCALES = List.of(DEFAULT_LOCALE, Locale.forLanguageTag("ca"),
            Locale.forLanguageTag("gl"), Locale.forLanguageTag("eu"), Locale.ENGLISH);

    /** Page title ("Cl@ve"). */
    public static final String PAGE_TITLE = "clave.page.title";
    /**
     * The language the texts of a bundle are written in ({@code es}, {@code ca}, …), for the pages'
     * {@code lang} attribute: an override bundle that adds a language sets it to that language.
     */
    public static final String PAGE_LANGUAGE = "clave.page.lang";
    /** Heading of the logout confirmation page. */
    public static final String LOGOUT_TITLE = "clave.logout.title";
    /** Text of the logout confirmation page. */
    public static final String LOGOUT_MESSAGE = "clave.logout.message";
    /** Label of the login button ("Acceder con Cl@ve"). */
    public static final String LOGIN_BUTTON = "clave.button.login";
    /** Heading of the error page. */
    public static final String ERROR_TITLE = "clave.error.title";
    /** "Try again" action. */
    public static final String RETRY = "clave.action.retry";
    /** "Back to the home page" action. */
    public static final String HOME = "clave.action.home";
    /** "Continue" button of the auto-post form when scripts are off. */
    public static final String CONTINUE = "clave.action.continue";
    /** Text of the auto-post page while the browser is sent to Cl@ve. */
    public static final String REDIRECT_MESSAGE = "clave.redirect.message";
    /** Support reference label; {@code {0}} is the reference. */
    public static final String SUPPORT_REFERENCE = "clave.support.reference";

    private static final Logger LOG = LoggerFactory.getLogger(ClaveMessages.class);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final ResourceBundle.Control NO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String overrideBaseName;
    private final ClassLoader classLoader;

    /** The built-in texts only. */
    public ClaveMessages() {
        this(null, ClaveMessages.class.getClassLoader());
    }

    /**
     * @param overrideBaseName base name of the application's bundle whose keys replace the built-in
     *                         texts, e.g. {@code "messages.clave"}; null for none
     * @throws IllegalArgumentException when the override bundle exists for none of the supported locales
     */
    public ClaveMessages(String overrideBaseName) {
        this(overrideBaseName, Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : ClaveMessages.class.getClassLoader());
    }

    /**
     * @param overrideBaseName base name of the application's override bundle, or null
     * @param classLoader      where the override bundle is looked up
     * @throws IllegalArgumentException when the override bundle exists for none of the supported locales
     */
    public ClaveMessages(String overrideBaseName, ClassLoader classLoader) {
        this.overrideBaseName = overrideBaseName == null || overrideBaseName.isBlank() ? null : overrideBaseName.strip();
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        if (this.overrideBaseName != null
                && SUPPORTED_LOCALES.stream().allMatch(l -> bundle(this.overrideBaseName, l, classLoader).isEmpty())) {
            throw new IllegalArgumentException("message override bundle '" + this.overrideBaseName
                    + "' not found on the class path: add " + this.overrideBaseName.replace('.', '/')
                    + ".properties (or _es, _ca, _gl, _eu, _en variants) or remove the setting");
        }
    }

    /**
     * @param error  the failure
     * @param locale the citizen's locale, or null for Spanish
     * @return the text telling the citizen what happened and what to do
     */
    public String message(ClaveError error, Locale locale) {
        return message(error.messageKey(), locale);
    }

    /**
     * @param key    a message key (see the constants of this class and {@link ClaveError#messageKey()})
     * @param locale the citizen's locale, or null for Spanish
     * @param args   values for {@code {0}}, {@code {1}}, ...
     * @return the text with placeholders replaced; the key itself when no bundle has it (logged)
     */
    public String message(String key, Locale locale, Object... args) {
        Optional<String> text = find(key, locale);
        if (text.isEmpty()) {
            LOG.warn("no Cl@ve message for key '{}'", key);
            return key;
        }
        return format(text.get(), args);
    }

    /**
     * @param key    a message key
     * @param locale the citizen's locale, or null for Spanish
     * @return the unformatted text, from the override bundle when it has the key
     */
    public Optional<String> find(String key, Locale locale) {
        Objects.requireNonNull(key, "key");
        Locale effective = locale == null ? DEFAULT_LOCALE : locale;
        if (overrideBaseName != null) {
            Optional<String> overridden = lookup(overrideBaseName, effective, classLoader, key);
            if (overridden.isPresent()) {
                return overridden;
            }
        }
        return lookup(DEFAULT_BASE_NAME, effective, ClaveMessages.class.getClassLoader(), key);
    }

    /** Replaces {@code {n}} by {@code args[n]}; placeholders without an argument stay as they are. */
    static String format(String text, Object... args) {
        if (args == null || args.length == 0) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String replacement = index < args.length ? String.valueOf(args[index]) : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static Optional<String> lookup(String baseName, Locale locale, ClassLoader loader, String key) {
        return bundle(baseName, locale, loader).filter(b -> b.containsKey(key)).map(b -> b.getString(key));
    }

    private static Optional<ResourceBundle> bundle(String baseName, Locale locale, ClassLoader loader) {
        try {
            return Optional.of(ResourceBundle.getBundle(baseName, locale, loader, NO_SERVER_LOCALE));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }
}
