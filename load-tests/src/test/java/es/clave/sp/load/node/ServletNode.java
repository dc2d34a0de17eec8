package es.clave.sp.load.node;

import com.zaxxer.hikari.HikariDataSource;
import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveProperties;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.error.ClaveMessages;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.servlet.ClaveButton;
import es.clave.sp.servlet.ClaveFilter;
import es.clave.sp.servlet.ClaveIdentityHtml;
import es.clave.sp.servlet.ClaveServletSettings;
import es.clave.sp.servlet.ClaveSession;
import es.clave.sp.servlet.i18n.ServletMessages;
import es.clave.sp.servlet.web.DefaultErrorPage;
import es.clave.sp.servlet.web.Html;
import es.clave.sp.state.StateStores;
import es.clave.sp.trust.FeedTrustSource;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Node 1: a servlet application on embedded Jetty with {@link ClaveFilter}, configured from the
 * shared SP configuration file, its state in the shared store. Pages: {@code /} with the Cl@ve
 * button, {@code /private} (protected) showing the identity with the same element ids as the
 * Spring example's page, and the operator's feed refresh. Runs in its own JVM, started by the
 * harness: {@code --port=N --config=clave-sp.properties --feed-cache=file}.
 */
public final class ServletNode {

    private ServletNode() {
    }

    public static void main(String[] args) throws Exception {
        Lifeline.watchParent();
        NodeArgs node = NodeArgs.parse(args);
        Map<String, String> properties = node.properties();
        HikariDataSource dataSource = NodeSupport.dataSource(properties);
        ClaveSpConfig config = ClaveProperties.load(properties);
        StateStores stores = StateStores.fromProperties(properties, () -> dataSource);
        ClaveServiceProvider sp = ClaveServiceProvider.create(config, stores.replayCache());
        ClaveServletSettings settings = ClaveServletSettings.builder()
                .protectedPaths(List.of("/private"))
                // the gateway is another site here, as Cl@ve is: the binding cookie must be SameSite=None; Secure
                .cookieAlwaysSecure(true)
                .errorHandler(new ErrorCodeHeader(new DefaultErrorPage(new ServletMessages(new ClaveMessages()))))
                .build();

        Server server = new Server(new QueuedThreadPool(400, 8));
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(node.port());
        connector.setAcceptQueueSize(256);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/", ServletContextHandler.SESSIONS);
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
        context.getSessionHandler().setHttpOnly(true);
        context.addFilter(new FilterHolder(new ClaveFilter(sp, stores.pendingLogins(), settings)), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new Home()), "/");
        context.addServlet(new ServletHolder(new Private()), "/private");
        context.addServlet(new ServletHolder(new FeedRefresh(sp.trustFeed())),
                NodeSupport.FEED_REFRESH_PATH);
        server.setHandler(context);
        server.start();
        server.join();
    }

    /** The public home page with the button. */
    static final class Home extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            if (!"/".equals(req.getServletPath()) || req.getPathInfo() != null) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            page(resp, "<h1>clave-sp load test: servlet node</h1>" + ClaveButton.html(req, "/private"));
        }
    }

    /** The protected page: the element ids are those of the Spring example's {@code private.html}. */
    static final class Private extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            Optional<ClaveIdentity> identity = ClaveSession.identity(req);
            String identifier = identity.map(i -> i.personIdentifier().value()).orElse("");
            page(resp, "<h1>Private area</h1><p><span id=\"identifier\">" + Html.escape(identifier) + "</span></p>"
                    + ClaveIdentityHtml.html(req));
        }
    }

    /** {@code POST /load-ops/feed-refresh}: what an operator endpoint would do with {@code FeedTrustSource.refresh()}. */
    static final class FeedRefresh extends HttpServlet {
        private final Optional<FeedTrustSource> feed;

        FeedRefresh(Optional<FeedTrustSource> feed) {
            this.feed = feed;
        }

        @Override
        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("text/plain;charset=UTF-8");
            resp.getWriter().print(feed.map(f -> NodeSupport.describe(f.refresh())).orElse("NO_FEED"));
        }
    }

    private static void page(HttpServletResponse resp, String body) throws IOException {
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getWriter().print("<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>load node</title></head><body>"
                + body + "</body></html>");
    }
}
