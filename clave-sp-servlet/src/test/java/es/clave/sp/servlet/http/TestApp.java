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
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small servlet application for the HTTP tests, on the container the run selected: context path {@code /app}, the
 * Cl@ve filter on {@code /*}, a Lax session cookie (SEC-H3), a public home page with the button, a
 * protected area that prints the identity, and pages that create and read a session attribute.
 */
final class TestApp implements AutoCloseable {

    static final String CONTEXT = "/app";

    private final ServletContainer.Server server;
    private final String origin;
    private final ClaveSpConfig config;

    private TestApp(ServletContainer.Server server, String origin, ClaveSpConfig config) {
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
            return ServletContainer.FilterSpec.of(new ClaveFilter(
                    ClaveServiceProvider.create(config[0], new InMemoryReplayCache()), new InMemoryPendingLoginStore(), settings));
        });
        return new TestApp(app.server, app.origin, config[0]);
    }

    /**
     * Starts the application with the filter {@code filterFor} makes from the application's origin
     * (for filters configured the web.xml way, by init-params and a properties file), on the
     * container the test run selected ({@link ServletContainer#selected()}).
     */
    static TestApp start(Function<String, ServletContainer.FilterSpec> filterFor) throws Exception {
        ServletContainer.Server server = ServletContainer.selected().bind();
        try {
            String origin = "http://localhost:" + server.port();
            server.start(new ServletContainer.WebApp(CONTEXT, filterFor.apply(origin), servlets(), Map.of(), null));
            return new TestApp(server, origin, null);
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
    }

    /** @return the test application's servlets by URL pattern */
    static Map<String, HttpServlet> servlets() {
        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        servlets.put("/", new HomeServlet());
        servlets.put("/private/*", new PrivateServlet());
        servlets.put("/touch", new TouchServlet());
        return servlets;
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
        server.close();
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
