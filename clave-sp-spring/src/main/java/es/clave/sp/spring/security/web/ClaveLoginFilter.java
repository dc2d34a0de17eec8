package es.clave.sp.spring.security.web;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.login.LoginOptions;
import es.clave.sp.login.LoginStart;
import es.clave.sp.servlet.LoginParameters;
import es.clave.sp.servlet.security.NavigationGate;
import es.clave.sp.servlet.security.ReturnToPolicy;
import es.clave.sp.text.Ascii;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.function.Function;

/**
 * Starts a Cl@ve login ({@code GET /clave/login}) for a top-level navigation only (SEC-H8): builds the signed AuthnRequest, stores the
 * pending login bound to this browser (SEC-H2), and answers with the auto-post form to the gateway.
 *
 * <p>The post-login target travels in the pending login, not in the HTTP session, because the
 * gateway's cross-site POST does not carry a {@code SameSite=Lax} session cookie (SEC-H3). It is the
 * {@code returnTo} parameter when it is a safe same-origin path (SEC-H1), else the request Spring
 * Security saved in its {@link RequestCache} before sending the citizen here. Both are
 * context-relative (the redirect adds the context path) and normalised by {@link ReturnToPolicy}:
 * dot segments are resolved and may not climb above the application's root.
 */
public final class ClaveLoginFilter extends OncePerRequestFilter {

    /** Query parameter naming the page to return to after login. */
    public static final String RETURN_TO_PARAMETER = "returnTo";

    private final RequestMatcher matcher;
    private final ClaveWebSupport web;
    private final RequestCache requestCache;
    private final Function<HttpServletRequest, LoginOptions> options;
    private final String homePath;

    /**
     * @param matcher        the login endpoint
     * @param web            shared Cl@ve web pieces
     * @param requestCache   where Spring Security saved the request that needed a login
     * @param options        per-request login options, or null to read the servlet adapter's {@code loa},
     *                       {@code methods} and {@code forceAuthn} parameters; returnTo is set here
     * @param homePath       context-relative home page, linked from the error page
     */
    public ClaveLoginFilter(RequestMatcher matcher, ClaveWebSupport web, RequestCache requestCache,
                            Function<HttpServletRequest, LoginOptions> options, String homePath) {
        this.matcher = Objects.requireNonNull(matcher);
        this.web = Objects.requireNonNull(web);
        this.requestCache = Objects.requireNonNull(requestCache);
        this.options = options;
        this.homePath = Objects.requireNonNull(homePath);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !matcher.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (NavigationGate.refuseUnlessNavigation(request, response)) {
            return;
        }
        String retry = request.getContextPath() + request.getServletPath()
                + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String home = request.getContextPath() + homePath;
        LoginOptions requested;
        try {
            requested = options != null ? options.apply(request)
                    : LoginParameters.parse(request.getParameter("loa"), request.getParameter("methods"),
                    request.getParameter("forceAuthn"), web.serviceProvider().config());
        } catch (IllegalArgumentException e) {
            web.failures().refuse(request, response, "clave.servlet.error.bad-request", HttpServletResponse.SC_BAD_REQUEST,
                    "login parameters refused: " + e.getMessage(), retry, home);
            return;
        }
        try {
            LoginOptions withTarget = (requested == null ? LoginOptions.defaults() : requested)
                    .withReturnTo(returnTo(request, response));
            LoginStart start = web.serviceProvider().startLogin(withTarget);
            String binding = web.binding().bind(request, response);
            web.store().put(start.pending().withBrowserBinding(binding), web.pendingTtl());
            web.autoPost().render(response, start.form(), web.locale(request));
        } catch (ClaveAuthenticationException e) {
            web.failures().fail(request, response, e.error(), e.getMessage(), null, retry, home);
        } catch (RuntimeException e) {
            web.failures().fail(request, response, ClaveError.INTERNAL_ERROR, "starting the login failed", e, retry, home);
        }
    }

    private String returnTo(HttpServletRequest request, HttpServletResponse response) {
        String explicit = request.getParameter(RETURN_TO_PARAMETER);
        if (explicit != null) {
            // an explicit but unsafe target falls back to the default page, never to the saved request
            return ReturnToPolicy.accept(explicit).orElse(null);
        }
        SavedRequest saved = requestCache.getRequest(request, response);
        if (!SavedNavigation.isNavigation(saved)) {
            // an image or fetch() that needed a login is no page to return to (SEC-H8)
            return null;
        }
        return sameOriginPath(saved.getRedirectUrl(), request).orElse(null);
    }

    /** @return the context-relative path and query of {@code url} when it points at this application's origin and passes SEC-H1 */
    static java.util.Optional<String> sameOriginPath(String url, HttpServletRequest request) {
        try {
            URI uri = URI.create(url);
            boolean sameOrigin = Ascii.equalsIgnoreCase(request.getScheme(), uri.getScheme())
                    && Ascii.equalsIgnoreCase(request.getServerName(), uri.getHost())
                    && effectivePort(request.getScheme(), request.getServerPort()) == effectivePort(uri.getScheme(), uri.getPort());
            if (!sameOrigin || uri.getRawPath() == null) {
                return java.util.Optional.empty();
            }
            String path = uri.getRawPath();
            String contextPath = request.getContextPath();
            if (!ReturnToPolicy.insideContext(path, contextPath)) {
                return java.util.Optional.empty();
            }
            // targets are context-relative, like returnTo: the redirect adds the context path back
            String relative = path.substring(contextPath.length());
            relative = (relative.isEmpty() ? "/" : relative) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return ReturnToPolicy.accept(relative);
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static int effectivePort(String scheme, int port) {
        if (port > 0) {
            return port;
        }
        return Ascii.equalsIgnoreCase("https", scheme) ? 443 : 80;
    }
}
