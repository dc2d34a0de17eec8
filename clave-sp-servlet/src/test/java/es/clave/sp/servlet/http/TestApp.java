package es.clave.sp.servlet.http;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.servlet.ClaveButton;
import es.clave.sp.servlet.ClaveFilter;
import es.clave.sp.servlet.ClaveIdentityHtml;
import es.clave.sp.servlet.ClaveServletSettings;
import es.clave.sp.servlet.ClaveSession;
import es.clave.sp.servlet.web.Html;
import es.clave.sp.state.InMemoryPendingLoginStore;
import es.clave.sp.state.InMemoryReplayCache;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;
import java.util.EnumSet;
import java.util.function.Function;

/**
 * A small servlet application on embedded Jetty for the HTTP tests: context path {@code /app}, the
 * Cl@ve filter on {@code /*}, a Lax session cookie (SEC-H3), a public home page with the button, a
 * protected area that prints the identity, and pages that create and read a session attribute.
 */
final class TestApp implements AutoCloseable {

    static final String CONTEXT = "/app";

    private final Server server;
    private final String origin;
    private final ClaveSpConfig config;

    private TestApp(Server server, String origin, ClaveSpConfig config) {
        this.server = server;
        this.origin = origin;
        this.config = config;
    }

    /**
     * Starts the application.
     *
     * @param configFor builds the SP configuration from the application's origin ({@code http://localhost:port})
     * @param settings  the servlet options
     */
    static TestApp start(Function<String, ClaveSpConfig> configFor, ClaveServletSettings settings) throws Exception {
        ClaveSpConfig[] config = new ClaveSpConfig[1];
        TestApp app = start(origin -> {
            config[0] = configFor.apply(origin);
            return new FilterHolder(new ClaveFilter(ClaveServiceProvider.create(config[0], new InMemoryReplayCache()),
                    new InMemoryPendingLoginStore(), settings));
        });
        return new TestApp(app.server, app.origin, config[0]);
    }

    /**
     * Starts the application with the filter {@code filterFor} makes from the application's origin
     * (for filters configured the web.xml way, by init-params and a properties file).
     */
    static TestApp start(Function<String, FilterHolder> filterFor) throws Exception {
        Server server = new Server();
        // honour X-Forwarded-* and Forwarded like a deployment behind a proxy, so tests can show the
        // filter never derives the ACS URL from them (SEC-P3)
        HttpConfiguration http = new HttpConfiguration();
        http.addCustomizer(new ForwardedRequestCustomizer());
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("localhost");
        server.addConnector(connector);
        connector.open();
        String origin = "http://localhost:" + connector.getLocalPort();

        ServletContextHandler context = new ServletContextHandler(CONTEXT, ServletContextHandler.SESSIONS);
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
        context.getSessionHandler().setHttpOnly(true);
        context.addFilter(filterFor.apply(origin), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new HomeServlet()), "/");
        context.addServlet(new ServletHolder(new PrivateServlet()), "/private/*");
        context.addServlet(new ServletHolder(new TouchServlet()), "/touch");
        server.setHandler(context);
        server.start();
        return new TestApp(server, origin, null);
    }

    /** @return {@code http://localhost:port} */
    String origin() {
        return origin;
    }

    /** @return the absolute URL of {@code path} inside the application */
    String url(String path) {
        return origin + CONTEXT + path;
    }

    /** @return the SP configuration the filter runs with, or null when the filter configured itself */
    ClaveSpConfig config() {
        return config;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** Public page with the button. */
    static final class HomeServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("text/html;charset=UTF-8");
            resp.getWriter().print("<html><body><h1>HOME</h1>" + ClaveButton.html(req, CONTEXT + "/private/")
                    + "<p id=\"who\">" + Html.escape(String.valueOf(req.getRemoteUser())) + "</p></body></html>");
        }
    }

    /** Protected page: the identity through the three ways the adapter offers it. */
    static final class PrivateServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            ClaveIdentity identity = ClaveSession.identity(req).orElseThrow();
            resp.setContentType("text/html;charset=UTF-8");
            resp.getWriter().print("<html><body><h1>PRIVATE</h1>" + ClaveIdentityHtml.html(req)
                    + "<p id=\"remote-user\">" + Html.escape(req.getRemoteUser()) + "</p>"
                    + "<p id=\"principal\">" + req.getUserPrincipal().getClass().getSimpleName() + "</p>"
                    + "<p id=\"method\">" + identity.method() + "</p>"
                    + "<p id=\"app-attribute\">" + Html.escape(String.valueOf(req.getSession().getAttribute("app")))
                    + "</p></body></html>");
        }

        @Override
        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.getWriter().print("POSTED");
        }
    }

    /** Creates a session before login and stores an application attribute in it. */
    static final class TouchServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            HttpSession session = req.getSession(true);
            session.setAttribute("app", "kept");
            resp.getWriter().print(session.getId());
        }
    }
}
