package es.clave.sp.servlet;

import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.property.KnownKeys;
import es.clave.sp.property.PropertyReader;
import es.clave.sp.servlet.security.ReturnToPolicy;

import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The servlet adapter's own options (keys {@code clave.servlet.*}); the protocol options live in
 * core's {@code ClaveSpConfig}. Immutable; build with {@link #builder()} or {@link #fromProperties(Map)}.
 * Every key is documented in the module's README.
 */
public final class ClaveServletSettings {

    /** Key prefix of every option in this class. */
    public static final String KEY_PREFIX = "clave.servlet.";
    /** Path below the context under which the endpoints live. */
    public static final String PREFIX = "clave.servlet.prefix";
    /** Comma-separated URL patterns (servlet syntax) that require a signed-in citizen. */
    public static final String PROTECTED_PATHS = "clave.servlet.protected-paths";
    /** Context-relative page after login when no valid returnTo was given. */
    public static final String DEFAULT_RETURN = "clave.servlet.default-return";
    /** Context-relative page after logout. */
    public static final String AFTER_LOGOUT = "clave.servlet.after-logout";
    /** Class name of a {@link ClaveErrorHandler} with a public no-argument constructor. */
    public static final String ERROR_HANDLER = "clave.servlet.error-handler";
    /** Lifetime of a pending login and of its browser cookie (a duration: {@code 10m}, {@code PT10M}). */
    public static final String PENDING_TTL = "clave.servlet.pending-ttl";
    /** Name of the browser-binding cookie. */
    public static final String COOKIE_NAME = "clave.servlet.cookie-name";
    /** {@code auto} (default) or {@code always}: whether the binding cookie is Secure on a plain-http localhost ACS. */
    public static final String COOKIE_SECURE = "clave.servlet.cookie-secure";
    /** Locale used when Accept-Language names none of es, ca, gl, eu, en. */
    public static final String DEFAULT_LOCALE = "clave.servlet.default-locale";
    /** Locale used for every request, ignoring Accept-Language. */
    public static final String LOCALE = "clave.servlet.locale";
    /** Base name of an application resource bundle whose keys override the built-in texts. */
    public static final String MESSAGES_BUNDLE = "clave.servlet.messages-bundle";

    /** JNDI name of the DataSource used when {@code clave.state.store=jdbc}, e.g. {@code java:comp/env/jdbc/app}. */
    public static final String DATASOURCE_JNDI = "clave.servlet.datasource-jndi";

    /** The servlet adapter's keys: {@code clave.servlet.*} and the configuration file's location {@code clave.config}. */
    public static final KnownKeys KNOWN_KEYS = KnownKeys.of("clave-sp-servlet/README.md", PREFIX, PROTECTED_PATHS,
            DEFAULT_RETURN, AFTER_LOGOUT, ERROR_HANDLER, PENDING_TTL, COOKIE_NAME, COOKIE_SECURE, DEFAULT_LOCALE, LOCALE,
            MESSAGES_BUNDLE, DATASOURCE_JNDI, ConfigSource.LOCATION_KEY);

    /** The {@code clave.servlet.cookie-secure} values. */
    private enum CookieSecure { AUTO, ALWAYS }
    private static final Pattern PREFIX_SYNTAX = Pattern.compile("(/[A-Za-z0-9._~-]+)+");
    private static final Pattern COOKIE_SYNTAX = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** Locales with built-in texts. */
    public static final List<String> SUPPORTED_LANGUAGES = List.of("es", "ca", "gl", "eu", "en");

    private final String prefix;
    private final List<String> protectedPaths;
    private final String defaultReturn;
    private final String afterLogout;
    private final ClaveErrorHandler errorHandler;
    private final Duration pendingTtl;
    private final String cookieName;
    private final boolean cookieAlwaysSecure;
    private final Locale defaultLocale;
    private final Locale fixedLocale;
    private final String messagesBundle;
    private final String dataSourceJndi;

    private ClaveServletSettings(Builder b) {
        this.prefix = b.prefix;
        this.protectedPaths = List.copyOf(b.protectedPaths);
        this.defaultReturn = b.defaultReturn;
        this.afterLogout = b.afterLogout;
        this.errorHandler = b.errorHandler;
        this.pendingTtl = b.pendingTtl;
        this.cookieName = b.cookieName;
        this.cookieAlwaysSecure = b.cookieAlwaysSecure;
        this.defaultLocale = b.defaultLocale;
        this.fixedLocale = b.fixedLocale;
        this.messagesBundle = b.messagesBundle;
        this.dataSourceJndi = b.dataSourceJndi;
    }

    /** @return a builder with the documented defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return settings with every default */
    public static ClaveServletSettings defaults() {
        return builder().build();
    }

    /**
     * Reads the {@code clave.servlet.*} keys of {@code properties} with core's property grammar
     * ({@link PropertyReader}); other keys are ignored. Blank values count as absent.
     *
     * @throws ClaveConfigException for an unknown {@code clave.servlet.*} key or a wrong value
     */
    public static ClaveServletSettings fromProperties(Map<String, String> properties) {
        PropertyReader r = PropertyReader.of(properties);
        KNOWN_KEYS.rejectUnknown(r.keys(), k -> k.startsWith(KEY_PREFIX));
        Builder b = builder();
        r.string(PREFIX).ifPresent(b::prefix);
        if (r.isSet(PROTECTED_PATHS)) {
            b.protectedPaths(r.list(PROTECTED_PATHS));
        }
        r.string(DEFAULT_RETURN).ifPresent(b::defaultReturn);
        r.string(AFTER_LOGOUT).ifPresent(b::afterLogout);
        r.string(ERROR_HANDLER).ifPresent(v -> b.errorHandler(instantiate(v)));
        r.duration(PENDING_TTL).ifPresent(b::pendingTtl);
        r.string(COOKIE_NAME).ifPresent(b::cookieName);
        r.enumValue(COOKIE_SECURE, CookieSecure.class).ifPresent(v -> b.cookieAlwaysSecure(v == CookieSecure.ALWAYS));
        r.string(DEFAULT_LOCALE).ifPresent(v -> b.defaultLocale(Locale.forLanguageTag(v)));
        r.string(LOCALE).ifPresent(v -> b.fixedLocale(Locale.forLanguageTag(v)));
        r.string(MESSAGES_BUNDLE).ifPresent(b::messagesBundle);
        r.string(DATASOURCE_JNDI).ifPresent(b::dataSourceJndi);
        return b.build();
    }

    /** @return the endpoint prefix below the context path, e.g. {@code /clave} */
    public String prefix() { return prefix; }
    /** @return URL patterns that require a signed-in citizen */
    public List<String> protectedPaths() { return protectedPaths; }
    /** @return the context-relative page used after login when returnTo is absent or refused */
    public String defaultReturn() { return defaultReturn; }
    /** @return the context-relative page used after logout when returnTo is absent or refused */
    public String afterLogout() { return afterLogout; }
    /** @return the application's error renderer, or null for the built-in localized page */
    public ClaveErrorHandler errorHandler() { return errorHandler; }
    /** @return lifetime of a pending login and its cookie */
    public Duration pendingTtl() { return pendingTtl; }
    /** @return the browser-binding cookie name */
    public String cookieName() { return cookieName; }
    /** @return whether the binding cookie is Secure even on a plain-http localhost ACS */
    public boolean cookieAlwaysSecure() { return cookieAlwaysSecure; }
    /** @return the fallback locale */
    public Locale defaultLocale() { return defaultLocale; }
    /** @return the locale forced on every request, or null to follow Accept-Language */
    public Locale fixedLocale() { return fixedLocale; }
    /** @return the application bundle overriding built-in texts, or null */
    public String messagesBundle() { return messagesBundle; }
    /** @return the JNDI name of the DataSource for the JDBC state store, or null */
    public String dataSourceJndi() { return dataSourceJndi; }

    private static ClaveErrorHandler instantiate(String className) {
        try {
            Class<?> type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
            if (!ClaveErrorHandler.class.isAssignableFrom(type)) {
                throw new ClaveConfigException(ERROR_HANDLER, className + " does not implement "
                        + ClaveErrorHandler.class.getName());
            }
            return (ClaveErrorHandler) type.getConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new ClaveConfigException(ERROR_HANDLER, "class " + className + " not found on the classpath", e);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException
                 | InvocationTargetException e) {
            throw new ClaveConfigException(ERROR_HANDLER, className
                    + " needs a public no-argument constructor that does not throw", e);
        }
    }

    /** Builds {@link ClaveServletSettings}; {@link #build()} validates every value. */
    public static final class Builder {
        private String prefix = "/clave";
        private List<String> protectedPaths = List.of();
        private String defaultReturn = "/";
        private String afterLogout = "/";
        private ClaveErrorHandler errorHandler;
        private Duration pendingTtl = Duration.ofMinutes(10);
        private String cookieName = "CLAVE_PENDING";
        private boolean cookieAlwaysSecure;
        private Locale defaultLocale = Locale.forLanguageTag("es");
        private Locale fixedLocale;
        private String messagesBundle;
        private String dataSourceJndi;

        private Builder() {
        }

        /** Endpoint prefix below the context path ({@code /clave}). */
        public Builder prefix(String v) { this.prefix = v; return this; }
        /** URL patterns requiring a signed-in citizen: {@code /private/*}, {@code *.jsp}, {@code /exact} (none). */
        public Builder protectedPaths(List<String> v) { this.protectedPaths = List.copyOf(v); return this; }
        /** Context-relative page after login ({@code /}). */
        public Builder defaultReturn(String v) { this.defaultReturn = v; return this; }
        /** Context-relative page after logout ({@code /}). */
        public Builder afterLogout(String v) { this.afterLogout = v; return this; }
        /** Error renderer (the built-in localized page). */
        public Builder errorHandler(ClaveErrorHandler v) { this.errorHandler = v; return this; }
        /** Pending-login lifetime (10 minutes). */
        public Builder pendingTtl(Duration v) { this.pendingTtl = v; return this; }
        /** Binding cookie name ({@code CLAVE_PENDING}). */
        public Builder cookieName(String v) { this.cookieName = v; return this; }
        /** Secure binding cookie even on a plain-http localhost ACS (false). */
        public Builder cookieAlwaysSecure(boolean v) { this.cookieAlwaysSecure = v; return this; }
        /** Fallback locale ({@code es}). */
        public Builder defaultLocale(Locale v) { this.defaultLocale = v; return this; }
        /** Locale forced on every request (none). */
        public Builder fixedLocale(Locale v) { this.fixedLocale = v; return this; }
        /** Application bundle overriding texts (none). */
        public Builder messagesBundle(String v) { this.messagesBundle = v; return this; }
        /** JNDI name of the JDBC state store's DataSource (none). */
        public Builder dataSourceJndi(String v) { this.dataSourceJndi = v; return this; }

        /**
         * @return the validated settings
         * @throws ClaveConfigException naming the key at fault
         */
        public ClaveServletSettings build() {
            if (prefix == null || !PREFIX_SYNTAX.matcher(prefix).matches()) {
                throw new ClaveConfigException(PREFIX, "must be a path such as /clave: a leading '/', no trailing '/',"
                        + " letters, digits, '.', '_', '~', '-'; was '" + prefix + "'");
            }
            for (String pattern : protectedPaths) {
                if (!ProtectedPaths.isValidPattern(pattern)) {
                    throw new ClaveConfigException(PROTECTED_PATHS, "'" + pattern
                            + "' is not a servlet URL pattern; use /exact, /dir/* or *.ext");
                }
            }
            requireLocalPath(DEFAULT_RETURN, defaultReturn);
            requireLocalPath(AFTER_LOGOUT, afterLogout);
            if (pendingTtl == null || pendingTtl.isNegative() || pendingTtl.isZero()
                    || pendingTtl.compareTo(Duration.ofHours(1)) > 0) {
                throw new ClaveConfigException(PENDING_TTL, "must be positive and at most one hour (1h), was "
                        + (pendingTtl == null ? null : PropertyReader.format(pendingTtl)));
            }
            if (cookieName == null || !COOKIE_SYNTAX.matcher(cookieName).matches()) {
                throw new ClaveConfigException(COOKIE_NAME, "use 1-64 letters, digits, '_' or '-'; was '" + cookieName + "'");
            }
            if (defaultLocale == null || !SUPPORTED_LANGUAGES.contains(defaultLocale.getLanguage())) {
                throw new ClaveConfigException(DEFAULT_LOCALE, "must be one of " + SUPPORTED_LANGUAGES + ", was " + defaultLocale);
            }
            if (fixedLocale != null && !SUPPORTED_LANGUAGES.contains(fixedLocale.getLanguage())) {
                throw new ClaveConfigException(LOCALE, "must be one of " + SUPPORTED_LANGUAGES + ", was " + fixedLocale);
            }
            return new ClaveServletSettings(this);
        }

        private static void requireLocalPath(String key, String value) {
            if (!ReturnToPolicy.accept(value).equals(java.util.Optional.ofNullable(value))) {
                throw new ClaveConfigException(key, "must be a normalised context-relative path starting with a single '/',"
                        + " such as /home (no '.' or '..' segments, no repeated '/'); was '" + value + "'");
            }
        }
    }
}
