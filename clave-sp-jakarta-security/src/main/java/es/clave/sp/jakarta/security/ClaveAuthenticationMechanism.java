package es.clave.sp.jakarta.security;

import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.servlet.ClaveFilter;
import es.clave.sp.servlet.ClaveSession;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cl@ve 2.0 login as the application's Jakarta Security authentication mechanism. Being a CDI bean
 * in the WAR (this jar in {@code WEB-INF/lib}) is the whole registration: the container then asks it
 * about every request, and it
 * <ul>
 *   <li>serves the Cl@ve endpoints under {@code clave.servlet.prefix} (default {@code /clave}):
 *       {@code login}, {@code acs}, {@code logout}, {@code logout/return}, with the servlet adapter's
 *       {@link ClaveFilter} (same pages, same checks, same localized error page naming the precise
 *       {@code ClaveError});</li>
 *   <li>tells the container who the caller is when the session holds a Cl@ve identity: a
 *       {@link ClavePrincipal} with the groups of the application's {@link ClaveGroupMapper} bean, or
 *       of {@link ClaveGroupMapper#DEFAULT};</li>
 *   <li>sends an anonymous GET of a protected resource (a security constraint, {@code @ServletSecurity})
 *       to the Cl@ve login and back; any other anonymous method gets the adapter's localized 401 page.</li>
 * </ul>
 * The configuration is the servlet adapter's keys (core's {@code clave.*} and {@code clave.servlet.*}):
 * from {@code clave.properties} on the class path (or the file {@code clave.config} names), with
 * MicroProfile Config values, when the server has it, taking precedence. It is read when the
 * application starts, so a wrong key fails the deployment with a message naming it.
 */
@ApplicationScoped
public class ClaveAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = LoggerFactory.getLogger(ClaveAuthenticationMechanism.class);

    private final Instance<ClaveGroupMapper> mappers;
    private volatile Started started;

    /** For CDI proxies only. */
    protected ClaveAuthenticationMechanism() {
        this.mappers = null;
    }

    /** @param mappers the application's group mapper, if it provides one */
    @Inject
    public ClaveAuthenticationMechanism(Instance<ClaveGroupMapper> mappers) {
        this.mappers = mappers;
    }

    /**
     * Starts the Cl@ve filter; {@link MechanismStarter} calls it when the application starts, so that a
     * configuration error fails the deployment. Without it (a {@code metadata-complete} web.xml skips the
     * listener) the first request starts the filter.
     *
     * @param context the web application
     */
    void start(ServletContext context) {
        started(context);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        Started s = started(request.getServletContext());
        PassThrough rest = new PassThrough();
        try {
            s.filter.doFilter(request, response, rest);
        } catch (IOException | ServletException e) {
            throw new AuthenticationException("the Cl@ve endpoint failed", e);
        }
        if (!rest.reached) {
            // a Cl@ve endpoint answered (auto-post form, redirect after the ACS, logout, error page)
            return AuthenticationStatus.SEND_CONTINUE;
        }
        Optional<ClaveIdentity> identity = ClaveSession.identity(request);
        if (identity.isPresent()) {
            return context.notifyContainerAboutLogin(new ClavePrincipal(identity.get()), groups(s.mapper, identity.get()));
        }
        if (context.isProtected()) {
            try {
                s.filter.requireLogin(request, response);
            } catch (IOException | ServletException e) {
                throw new AuthenticationException("starting the Cl@ve login failed", e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.doNothing();
    }

    /**
     * {@code request.logout()}: the container forgets the caller and the session forgets the Cl@ve
     * identity (or the next request would sign the citizen in again). The Cl@ve session at the
     * gateway stays; {@code <prefix>/logout} ends both.
     */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.removeAttribute(ClaveSession.IDENTITY_ATTRIBUTE);
            } catch (IllegalStateException alreadyInvalidated) {
                // nothing to forget
            }
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    /** Stops the filter: the certificate feed and the state stores it created. */
    @PreDestroy
    void stop() {
        Started s = started;
        if (s != null) {
            s.filter.destroy();
        }
    }

    private Started started(ServletContext context) {
        Started s = started;
        if (s == null) {
            synchronized (this) {
                s = started;
                if (s == null) {
                    s = startFilter(context);
                    started = s;
                }
            }
        }
        return s;
    }

    private Started startFilter(ServletContext context) {
        ClassLoader loader = context.getClassLoader();
        Map<String, String> params = MicroProfileProperties.available(loader) ? MicroProfileProperties.read(loader) : Map.of();
        ClaveFilter filter = new ClaveFilter();
        try {
            filter.init(new MechanismFilterConfig(context, params));
        } catch (ServletException e) {
            throw new ClaveConfigException(MechanismFilterConfig.FILTER_NAME, "the Cl@ve filter did not start: " + e.getMessage(), e);
        }
        ClaveGroupMapper mapper = mapper();
        LOG.info("Cl@ve authentication mechanism started for {} ({} group mapper, MicroProfile Config {})",
                context.getContextPath().isEmpty() ? "/" : context.getContextPath(),
                mapper == ClaveGroupMapper.DEFAULT ? "default" : mapper.getClass().getName(),
                params.isEmpty() ? "not used" : "read");
        return new Started(filter, mapper);
    }

    private ClaveGroupMapper mapper() {
        if (mappers == null || mappers.isUnsatisfied()) {
            return ClaveGroupMapper.DEFAULT;
        }
        if (mappers.isAmbiguous()) {
            throw new IllegalStateException("more than one ClaveGroupMapper bean; keep one, or mark the one to use"
                    + " @Alternative @Priority(...)");
        }
        return mappers.get();
    }

    private static Set<String> groups(ClaveGroupMapper mapper, ClaveIdentity identity) {
        Set<String> groups = mapper.groups(identity);
        if (groups == null) {
            throw new IllegalStateException(mapper.getClass().getName() + ".groups returned null; return an empty set"
                    + " for a caller without groups");
        }
        return groups;
    }

    /** The filter once initialised, and the mapper. */
    private record Started(ClaveFilter filter, ClaveGroupMapper mapper) {
    }

    /** Records that the filter let the request through (it was not a Cl@ve endpoint). */
    private static final class PassThrough implements FilterChain {
        boolean reached;

        @Override
        public void doFilter(ServletRequest request, ServletResponse response) {
            reached = true;
        }
    }
}
