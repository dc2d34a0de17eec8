package es.clave.sp.servlet;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.audit.CorrelationId;
import es.clave.sp.config.ClaveProperties;
import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.error.ClaveMessages;
import es.clave.sp.property.KnownKeys;
import es.clave.sp.servlet.i18n.LocaleSelector;
import es.clave.sp.servlet.i18n.ServletMessages;
import es.clave.sp.servlet.security.BrowserBinding;
import es.clave.sp.servlet.security.NavigationGate;
import es.clave.sp.servlet.web.AutoPostPage;
import es.clave.sp.servlet.web.DefaultErrorPage;
import es.clave.sp.state.PendingLoginStore;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Cl@ve 2.0 login for a servlet application, in one filter. Map it to {@code /*}, first in the
 * chain. It serves, under {@code clave.servlet.prefix} (default {@code /clave}):
 * <ul>
 *   <li>{@code login} — starts a login ({@code returnTo}, {@code loa}, {@code methods}, {@code forceAuthn});</li>
 *   <li>{@code acs} — receives the gateway's answer and signs the citizen in;</li>
 *   <li>{@code logout} — ends the local session and the Cl@ve one;</li>
 *   <li>{@code logout/return} — receives the gateway's logout answer;</li>
 * </ul>
 * sends GET requests for {@code clave.servlet.protected-paths} to the login when nobody is signed in,
 * and exposes the citizen as the request's principal ({@link ClaveSession} for static access).
 *
 * <p>Configure it with filter init-params, a {@code clave.properties} file ({@code clave.config}
 * names another one), {@link #fromProperties(Map)}, or ready-made objects with
 * {@link #ClaveFilter(ClaveServiceProvider, PendingLoginStore, ClaveServletSettings)}. Every key is
 * in the module's README.
 */
public class ClaveFilter implements Filter {

    /** Servlet-context attribute under which the initialised filter publishes itself (for {@link ClaveButton}). */
    public static final String CONTEXT_ATTRIBUTE = ClaveFilter.class.getName();

    private static final Logger LOG = LoggerFactory.getLogger(ClaveFilter.class);
    /** The keys a filter configured from properties reads: core's and the servlet adapter's. */
    private static final KnownKeys KNOWN_KEYS = ClaveProperties.KNOWN_KEYS.and(ClaveServletSettings.KNOWN_KEYS);

    private final Map<String, String> properties;
    private final CoreSetup suppliedCore;
    private final ClaveServletSettings suppliedSettings;

    private CoreSetup core;
    private FilterRuntime runtime;
    private ServletMessages messages;
    private ProtectedPaths protectedPaths;
    private LoginEndpoint login;
    private AcsEndpoint acs;
    private LogoutEndpoint logout;
    private LogoutReturnEndpoint logoutReturn;

    /** A filter configured by its init-params and {@code clave.properties} (the web.xml way). */
    public ClaveFilter() {
        this((Map<String, String>) null, null, null);
    }

    /**
     * A filter around ready-made objects; the application owns (and closes) the store.
     *
     * @param sp            the Service Provider
     * @param pendingLogins where pending logins (and logouts) wait for the gateway's answer
     * @param settings      the servlet options
     */
    public ClaveFilter(ClaveServiceProvider sp, PendingLoginStore pendingLogins, ClaveServletSettings settings) {
        this(null, CoreSetup.of(Objects.requireNonNull(sp, "sp"), Objects.requireNonNull(pendingLogins, "pendingLogins")),
                Objects.requireNonNull(settings, "settings"));
    }

    private ClaveFilter(Map<String, String> properties, CoreSetup core, ClaveServletSettings settings) {
        this.properties = properties;
        this.suppliedCore = core;
        this.suppliedSettings = settings;
    }

    /** @return a filter configured by {@code properties} (core keys and {@code clave.servlet.*} keys) */
    public static ClaveFilter fromProperties(Map<String, String> properties) {
        return new ClaveFilter(Map.copyOf(properties), null, null);
    }

    /** @return a filter configured by {@code properties} (core keys and {@code clave.servlet.*} keys) */
    public static ClaveFilter fromProperties(Properties properties) {
        return fromProperties(ConfigSource.toMap(properties));
    }

    @Override
    public void init(FilterConfig filterConfig) throws ServletException {
        ClaveServletSettings settings = suppliedSettings;
        if (suppliedCore != null) {
            core = suppliedCore;
        } else {
            Map<String, String> config = properties != null ? properties : ConfigSource.load(filterConfig);
            // this filter sees the whole configuration: every clave.* key must be core's or the filter's
            KNOWN_KEYS.rejectUnknown(config.keySet(), k -> k.strip().startsWith("clave."));
            settings = ClaveServletSettings.fromProperties(config);
            core = CoreSetup.fromProperties(config, settings.dataSourceJndi());
        }
        try {
            start(filterConfig, settings);
        } catch (RuntimeException e) {
            // a container does not call destroy() after a failed init: release what was started here
            destroy();
            core = null;
            throw e;
        }
    }

    private void start(FilterConfig filterConfig, ClaveServletSettings settings) {
        String contextPath = filterConfig.getServletContext().getContextPath();
        messages = new ServletMessages(claveMessages(settings));
        LocaleSelector locales = new LocaleSelector(ClaveServletSettings.SUPPORTED_LANGUAGES, settings.fixedLocale(),
                settings.defaultLocale());
        ClaveErrorHandler handler = settings.errorHandler() != null ? settings.errorHandler() : new DefaultErrorPage(messages);
        BrowserBinding binding = new BrowserBinding(settings.cookieName(), contextPath + settings.prefix(),
                settings.pendingTtl(), core.sp.config().acsUrl(), settings.cookieAlwaysSecure());
        runtime = new FilterRuntime(core.sp, core.pendingLogins, settings, binding, new AutoPostPage(messages),
                new FailureResponder(handler, messages, locales), locales, contextPath);
        protectedPaths = new ProtectedPaths(settings.protectedPaths());
        login = new LoginEndpoint(runtime);
        logoutReturn = new LogoutReturnEndpoint(runtime);
        acs = new AcsEndpoint(runtime, logoutReturn);
        logout = new LogoutEndpoint(runtime);
        warnOnAcsPathMismatch(contextPath + settings.prefix() + "/acs");
        filterConfig.getServletContext().setAttribute(CONTEXT_ATTRIBUTE, this);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        String path = pathWithinContext(request);
        String prefix = runtime.settings.prefix();
        if (path.startsWith(prefix + "/")) {
            // one correlation id per Cl@ve request: in the MDC, in the audit events, on the error page
            try (CorrelationId.Scope scope = CorrelationId.openIfAbsent()) {
                switch (path.substring(prefix.length() + 1)) {
                    case "login" -> { login.handle(request, response); return; }
                    case "acs" -> { acs.handle(request, response); return; }
                    case "logout" -> { logout.handle(request, response); return; }
                    case "logout/return" -> { logoutReturn.handle(request, response); return; }
                    default -> { /* not ours: the application may serve other pages under the prefix */ }
                }
            }
        }
        if (protectedPaths.matches(path) && !ClaveSession.isSignedIn(request)) {
            requireLogin(request, response);
            return;
        }
        chain.doFilter(new ClaveRequestWrapper(request), response);
    }

    /**
     * Closes what the filter created from properties: the Service Provider (its certificate-feed
     * refresh stops) and the state stores (Redis connections). Objects passed to
     * {@link #ClaveFilter(ClaveServiceProvider, PendingLoginStore, ClaveServletSettings)} belong to the
     * application and stay open.
     */
    @Override
    public void destroy() {
        if (core != null && suppliedCore == null) {
            core.close();
        }
    }

    /**
     * @return the initialised filter of {@code request}'s web application
     * @throws IllegalStateException when none is initialised
     */
    static ClaveFilter from(HttpServletRequest request) {
        Object attribute = request.getServletContext().getAttribute(CONTEXT_ATTRIBUTE);
        if (attribute instanceof ClaveFilter filter) {
            return filter;
        }
        throw new IllegalStateException("no initialised ClaveFilter in this web application;"
                + " declare the filter before rendering Cl@ve pages or buttons");
    }

    /** @return the origin-relative login URL returning to {@code returnTo} (null for the default page) */
    String loginUrl(String returnTo) {
        String url = runtime.endpoint("login");
        return returnTo == null ? url : url + "?returnTo=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
    }

    /** @return the texts of the adapter's pages */
    ServletMessages messages() {
        return messages;
    }

    /** @return the locale the adapter's pages use for {@code request} */
    java.util.Locale locale(HttpServletRequest request) {
        return runtime.locales.select(request);
    }

    private void requireLogin(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            if (NavigationGate.refuseUnlessNavigation(request, response)) {
                // an image or fetch() of a protected page gets 401 instead of a login of its own (SEC-H8)
                return;
            }
            String query = request.getQueryString();
            String target = request.getRequestURI() + (query == null ? "" : "?" + query);
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader("Location", loginUrl(target));
            return;
        }
        // a POST cannot be replayed after the round trip to the gateway: refuse it instead
        response.setHeader("WWW-Authenticate", "Clave");
        runtime.failures.refuse(request, response, "clave.servlet.error.login-required",
                HttpServletResponse.SC_UNAUTHORIZED, "unauthenticated " + request.getMethod() + " to a protected path",
                runtime.endpoint("login"), runtime.defaultReturn());
    }

    private static ClaveMessages claveMessages(ClaveServletSettings settings) {
        try {
            return new ClaveMessages(settings.messagesBundle());
        } catch (IllegalArgumentException e) {
            throw new ClaveConfigException(ClaveServletSettings.MESSAGES_BUNDLE, e.getMessage(), e);
        }
    }

    private static String pathWithinContext(HttpServletRequest request) {
        // decoded and normalised by the container, unlike getRequestURI()
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        String path = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
        return path.isEmpty() ? "/" : path;
    }

    private void warnOnAcsPathMismatch(String servedAcsPath) {
        String configured = core.sp.config().acsUrl() == null ? null : core.sp.config().acsUrl().getPath();
        if (configured != null && !configured.equals(servedAcsPath)) {
            LOG.warn("clave.sp.acs-url has path {} but this filter serves the ACS at {}; unless a reverse proxy maps one"
                    + " to the other, set clave.sp.acs-url or clave.servlet.prefix so they agree", configured, servedAcsPath);
        }
    }
}
