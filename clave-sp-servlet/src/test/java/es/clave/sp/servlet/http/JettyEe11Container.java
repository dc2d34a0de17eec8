package es.clave.sp.servlet.http;

import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

import java.util.EnumSet;

/** Embedded Jetty 12, ee11 environment: a Servlet 6.1 container. */
final class JettyEe11Container implements ServletContainer {

    @Override
    public Server bind() throws Exception {
        org.eclipse.jetty.server.Server server = new org.eclipse.jetty.server.Server();
        HttpConfiguration http = new HttpConfiguration();
        http.addCustomizer(new ForwardedRequestCustomizer());
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("localhost");
        server.addConnector(connector);
        connector.open();
        return new Server() {
            @Override
            public int port() {
                return connector.getLocalPort();
            }

            @Override
            public void start(WebApp app) throws Exception {
                server.setHandler(context(app));
                server.start();
            }

            @Override
            public void close() throws Exception {
                server.stop();
            }
        };
    }

    private static ServletContextHandler context(WebApp app) {
        ServletContextHandler context;
        if (app.webInfLib() != null) {
            // a WAR-like application: its WEB-INF/lib jars are scanned for web fragments
            WebAppContext webapp = new WebAppContext();
            webapp.setContextPath(app.contextPath());
            webapp.setBaseResourceAsPath(app.webInfLib().getParent().getParent());
            webapp.setParentLoaderPriority(true);
            context = webapp;
        } else {
            context = new ServletContextHandler(app.contextPath(), ServletContextHandler.SESSIONS);
        }
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
        context.getSessionHandler().setHttpOnly(true);
        app.contextParams().forEach(context::setInitParameter);
        if (app.filter() != null) {
            FilterHolder holder = app.filter().instance() != null ? new FilterHolder(app.filter().instance())
                    : new FilterHolder(app.filter().type());
            app.filter().initParams().forEach(holder::setInitParameter);
            context.addFilter(holder, "/*", EnumSet.of(DispatcherType.REQUEST));
        }
        app.servlets().forEach((pattern, servlet) -> context.addServlet(new ServletHolder(servlet), pattern));
        return context;
    }
}
