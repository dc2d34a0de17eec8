package es.clave.sp.spring.security;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.login.LoginOptions;
import es.clave.sp.spring.security.web.ClaveAcsFilter;
import es.clave.sp.spring.security.web.ClaveAuthenticationFailureHandler;
import es.clave.sp.spring.security.web.ClaveAuthenticationSuccessHandler;
import es.clave.sp.spring.security.web.ClaveCorrelationFilter;
import es.clave.sp.spring.security.web.ClaveLoginFilter;
import es.clave.sp.spring.security.web.ClaveLogoutFilter;
import es.clave.sp.spring.security.web.ClaveLogoutReturnFilter;
import es.clave.sp.spring.security.web.ClaveLogoutSuccessHandler;
import es.clave.sp.spring.security.web.ClaveWebSupport;
import es.clave.sp.spring.security.web.ClaveWebSupportFactory;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.CsrfConfigurer;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import es.clave.sp.spring.security.web.ClaveEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Adds the Cl@ve login to a {@code SecurityFilterChain} in one line:
 * <pre>{@code
 * http.authorizeHttpRequests(a -> a.requestMatchers("/", "/error").permitAll().anyRequest().authenticated())
 *     .with(ClaveConfigurer.clave(), Customizer.withDefaults());
 * }</pre>
 * Endpoints, under a prefix ({@code /clave} by default):
 * <ul>
 *   <li>{@code GET /clave/login[?returnTo=/path]} starts a login; unauthenticated browser requests
 *       for protected pages are sent here, and come back to the page they asked for;</li>
 *   <li>{@code POST /clave/acs} receives the gateway's response (exempt from CSRF: the gateway posts
 *       cross-site);</li>
 *   <li>{@code POST /clave/logout} (with the CSRF token) ends the local session and starts the Cl@ve logout;</li>
 *   <li>{@code POST /clave/logout/return} receives the gateway's logout answer (exempt from CSRF).</li>
 * </ul>
 * A successful login becomes a {@link ClaveAuthenticationToken} whose principal is the
 * {@code ClaveIdentity}; the session id is rotated by the chain's session-authentication strategy.
 * The beans it uses ({@code ClaveServiceProvider}, {@code PendingLoginStore}, texts, error page) come
 * from the Spring Boot auto-configuration and can each be replaced by declaring one.
 */
public final class ClaveConfigurer extends AbstractHttpConfigurer<ClaveConfigurer, HttpSecurity> {

    private static final Logger LOG = LoggerFactory.getLogger(ClaveConfigurer.class);
    private static final Pattern PREFIX_SYNTAX = Pattern.compile("(/[A-Za-z0-9._~-]+)+");

    private String prefix = "/clave";
    private String defaultSuccessUrl = "/";
    private String failureUrl;
    private String logoutSuccessUrl = "/";
    private boolean registerEntryPoint = true;
    private AuthenticationSuccessHandler successHandler;
    private AuthenticationFailureHandler failureHandler;
    private ClaveAuthoritiesMapper authoritiesMapper;
    private Function<HttpServletRequest, LoginOptions> loginOptions;
    private final List<LogoutHandler> logoutHandlers = new ArrayList<>();

    /** @return a configurer with the defaults, for {@code http.with(ClaveConfigurer.clave(), ...)} */
    public static ClaveConfigurer clave() {
        return new ClaveConfigurer();
    }

    /**
     * Path prefix of the endpoints ({@code /clave}). The ACS URL registered in
     * {@code clave.sp.acs-url} must end with {@code <prefix>/acs}.
     */
    public ClaveConfigurer prefix(String prefix) {
        if (prefix == null || !PREFIX_SYNTAX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("prefix must look like /clave (leading '/', no trailing '/'), was " + prefix);
        }
        this.prefix = prefix;
        return this;
    }

    /** Context-relative page after login when neither returnTo nor a saved request says where ({@code /}). */
    public ClaveConfigurer defaultSuccessUrl(String url) {
        this.defaultSuccessUrl = Objects.requireNonNull(url);
        return this;
    }

    /**
     * Context-relative page to redirect to when a login fails, instead of the built-in localized
     * error page. The {@link ClaveLoginFailedException} is then in the session under
     * {@code WebAttributes.AUTHENTICATION_EXCEPTION}; permit the page in your authorization rules.
     */
    public ClaveConfigurer failureUrl(String url) {
        this.failureUrl = Objects.requireNonNull(url);
        return this;
    }

    /** Context-relative page after logout ({@code /}). */
    public ClaveConfigurer logoutSuccessUrl(String url) {
        this.logoutSuccessUrl = Objects.requireNonNull(url);
        return this;
    }

    /** Replaces the success handler (default: returnTo, then the saved request, then the default success URL). */
    public ClaveConfigurer successHandler(AuthenticationSuccessHandler handler) {
        this.successHandler = Objects.requireNonNull(handler);
        return this;
    }

    /** Replaces the failure handler (default: the localized error page, or the failure URL). */
    public ClaveConfigurer failureHandler(AuthenticationFailureHandler handler) {
        this.failureHandler = Objects.requireNonNull(handler);
        return this;
    }

    /**
     * Authorities for this chain; default: those of the {@link ClaveAuthenticationProvider} bean,
     * that is the {@link ClaveAuthoritiesMapper} bean, else {@link ClaveAuthorities#defaultMapper()}.
     */
    public ClaveConfigurer authoritiesMapper(ClaveAuthoritiesMapper mapper) {
        this.authoritiesMapper = Objects.requireNonNull(mapper);
        return this;
    }

    /**
     * Per-request login options (LoA, methods, ForceAuthn) chosen from the login request. Default:
     * the {@code loa}, {@code methods} and {@code forceAuthn} query parameters, as in the servlet
     * adapter, which may ask for more than {@code clave.login.*} (a higher LoA, fewer methods), never less.
     */
    public ClaveConfigurer loginOptions(Function<HttpServletRequest, LoginOptions> resolver) {
        this.loginOptions = Objects.requireNonNull(resolver);
        return this;
    }

    /** Adds a handler run on {@code POST <prefix>/logout} besides invalidating the session. */
    public ClaveConfigurer addLogoutHandler(LogoutHandler handler) {
        this.logoutHandlers.add(Objects.requireNonNull(handler));
        return this;
    }

    /** Whether unauthenticated browser requests are sent to the login endpoint (true). */
    public ClaveConfigurer registerEntryPoint(boolean register) {
        this.registerEntryPoint = register;
        return this;
    }

    /** @return the path of the login endpoint, e.g. {@code /clave/login} */
    public String loginPath() { return prefix + "/login"; }
    /** @return the path of the ACS endpoint, e.g. {@code /clave/acs} */
    public String acsPath() { return prefix + "/acs"; }
    /** @return the path of the logout endpoint, e.g. {@code /clave/logout} */
    public String logoutPath() { return prefix + "/logout"; }
    /** @return the path of the logout return endpoint, e.g. {@code /clave/logout/return} */
    public String logoutReturnPath() { return prefix + "/logout/return"; }

    @Override
    @SuppressWarnings("unchecked")
    public void init(HttpSecurity http) {
        CsrfConfigurer<HttpSecurity> csrf = http.getConfigurer(CsrfConfigurer.class);
        if (csrf != null) {
            // the gateway POSTs these cross-site; they are protected by RelayState, browser binding and signatures
            csrf.ignoringRequestMatchers(post(acsPath()), post(logoutReturnPath()));
        }
        ExceptionHandlingConfigurer<HttpSecurity> exceptions = http.getConfigurer(ExceptionHandlingConfigurer.class);
        if (registerEntryPoint && exceptions != null) {
            exceptions.defaultAuthenticationEntryPointFor(new ClaveEntryPoint(loginPath()), browserRequests());
        }
    }

    @Override
    public void configure(HttpSecurity http) {
        ApplicationContext context = http.getSharedObject(ApplicationContext.class);
        ClaveServiceProvider serviceProvider = context.getBean(ClaveServiceProvider.class);
        ClaveWebSupport web = context.getBean(ClaveWebSupportFactory.class).create(prefix);
        warnOnAcsMismatch(serviceProvider);
        RequestCache requestCache = orDefault(http.getSharedObject(RequestCache.class), new HttpSessionRequestCache());
        AuthenticationFailureHandler onFailure = failureHandler != null ? failureHandler
                : new ClaveAuthenticationFailureHandler(web, loginPath(), "/", failureUrl);
        AuthenticationSuccessHandler onSuccess = successHandler != null ? successHandler
                : new ClaveAuthenticationSuccessHandler(requestCache, defaultSuccessUrl);
        ClaveAuthenticationProvider provider = authoritiesMapper != null
                ? new ClaveAuthenticationProvider(serviceProvider, authoritiesMapper)
                : context.getBeanProvider(ClaveAuthenticationProvider.class).getIfAvailable(() ->
                new ClaveAuthenticationProvider(serviceProvider, context.getBeanProvider(ClaveAuthoritiesMapper.class)
                        .getIfAvailable(ClaveAuthorities::defaultMapper)));

        ClaveAcsFilter acs = new ClaveAcsFilter(post(acsPath()), web);
        // its own manager: Cl@ve responses never go through the application's other providers
        acs.setAuthenticationManager(new ProviderManager(provider));
        acs.setAuthenticationSuccessHandler(onSuccess);
        acs.setAuthenticationFailureHandler(onFailure);
        SessionAuthenticationStrategy sessions = http.getSharedObject(SessionAuthenticationStrategy.class);
        if (sessions != null) {
            acs.setSessionAuthenticationStrategy(sessions);
        }
        acs.setSecurityContextRepository(orDefault(http.getSharedObject(SecurityContextRepository.class),
                new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                        new HttpSessionSecurityContextRepository())));
        acs.setApplicationEventPublisher(context);

        List<LogoutHandler> handlers = new ArrayList<>(logoutHandlers);
        handlers.add(new SecurityContextLogoutHandler());
        ClaveLogoutFilter logout = new ClaveLogoutFilter(post(logoutPath()),
                new ClaveLogoutSuccessHandler(web, logoutSuccessUrl), handlers.toArray(LogoutHandler[]::new));

        // without clave.sp.logout-return-url the gateway posts the logout answer to the ACS (core's default)
        RequestMatcher logoutAnswerAtAcs = new AndRequestMatcher(post(acsPath()),
                request -> request.getParameter("SAMLResponse") == null && request.getParameter("logoutResponse") != null);
        ClaveLogoutReturnFilter logoutReturn = new ClaveLogoutReturnFilter(
                new OrRequestMatcher(post(logoutReturnPath()), logoutAnswerAtAcs), web, logoutSuccessUrl);

        http.addFilterBefore(new ClaveCorrelationFilter(PathPatternRequestMatcher.pathPattern(prefix + "/**")),
                LogoutFilter.class);
        http.addFilterAfter(logout, LogoutFilter.class);
        // same position for the three: they run in the order added
        http.addFilterBefore(new ClaveLoginFilter(new OrRequestMatcher(get(loginPath()), post(loginPath())), web,
                requestCache, loginOptions, "/"), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(logoutReturn, UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(postProcess(acs), UsernamePasswordAuthenticationFilter.class);
    }

    private void warnOnAcsMismatch(ClaveServiceProvider serviceProvider) {
        String path = serviceProvider.config().acsUrl().getPath();
        if (path == null || !path.endsWith(acsPath())) {
            LOG.warn("clave.sp.acs-url {} does not end with the ACS endpoint {}: responses will not reach it;"
                    + " fix clave.sp.acs-url or the configurer's prefix", serviceProvider.config().acsUrl(), acsPath());
        }
    }

    private static RequestMatcher browserRequests() {
        MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        RequestMatcher notAjax = new NegatedRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest"));
        return new AndRequestMatcher(notAjax, html);
    }

    private static RequestMatcher post(String path) {
        return PathPatternRequestMatcher.pathPattern(HttpMethod.POST, path);
    }

    private static RequestMatcher get(String path) {
        return PathPatternRequestMatcher.pathPattern(HttpMethod.GET, path);
    }

    private static <T> T orDefault(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
