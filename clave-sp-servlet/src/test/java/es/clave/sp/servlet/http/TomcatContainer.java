package es.clave.sp.servlet.http;

import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.RemoteIpValve;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;
import org.apache.tomcat.util.scan.StandardJarScanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Embedded Tomcat. The same code runs on Tomcat 10.0 (Servlet 5.0, the module's baseline) and,
 * transformed with the rest of the tests to {@code javax.servlet}, on Tomcat 9 (Servlet 4.0) for
 * {@code clave-sp-servlet-javax}: the embedding API is the same in both.
 */
final class TomcatContainer implements ServletContainer {

    private static final String FILTER_NAME = "clave";

    @Override
    public Server bind() throws Exception {
        Path base = Files.createTempDirectory("clave-tomcat");
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        Connector connector = tomcat.getConnector();
        connector.setPort(0);
        connector.setProperty("address", "localhost");
        RemoteIpValve proxy = new RemoteIpValve();
        proxy.setProtocolHeader("X-Forwarded-Proto");
        proxy.setHostHeader("X-Forwarded-Host");
        tomcat.getEngine().getPipeline().addValve(proxy);
        tomcat.init(); // binds the port
        return new Server() {
            @Override
            public int port() {
                return connector.getLocalPort();
            }

            @Override
            public void start(WebApp app) throws Exception {
                deploy(tomcat, base, app);
                tomcat.start();
            }

            @Override
            public void close() throws Exception {
                tomcat.stop();
                tomcat.destroy();
                delete(base);
            }
        };
    }

    private static void deploy(Tomcat tomcat, Path base, WebApp app) throws IOException {
        Context context;
        if (app.webInfLib() != null) {
            // a WAR-like application: ContextConfig scans its WEB-INF/lib jars for web fragments
            tomcat.setAddDefaultWebXmlToWebapp(false);
            context = tomcat.addWebapp(app.contextPath(), app.webInfLib().getParent().getParent().toString());
            // as in a WAR deployment: fragments come from WEB-INF/lib, not from the container's class path
            StandardJarScanner scanner = new StandardJarScanner();
            scanner.setScanClassPath(false);
            context.setJarScanner(scanner);
        } else {
            context = tomcat.addContext(app.contextPath(), Files.createDirectories(base.resolve("docs")).toString());
        }
        Rfc6265CookieProcessor cookies = new Rfc6265CookieProcessor();
        cookies.setSameSiteCookies("lax");
        context.setCookieProcessor(cookies);
        context.setUseHttpOnly(true);
        app.contextParams().forEach(context::addParameter);
        if (app.filter() != null) {
            context.addFilterDef(filterDef(app.filter()));
            FilterMap map = new FilterMap();
            map.setFilterName(FILTER_NAME);
            map.addURLPattern("/*");
            map.setDispatcher("REQUEST");
            context.addFilterMap(map);
        }
        int n = 0;
        for (Map.Entry<String, jakarta.servlet.http.HttpServlet> servlet : app.servlets().entrySet()) {
            String name = "servlet-" + n++;
            Tomcat.addServlet(context, name, servlet.getValue());
            context.addServletMappingDecoded(servlet.getKey(), name);
        }
    }

    private static FilterDef filterDef(FilterSpec filter) {
        FilterDef def = new FilterDef();
        def.setFilterName(FILTER_NAME);
        if (filter.instance() != null) {
            def.setFilter(filter.instance());
            def.setFilterClass(filter.instance().getClass().getName());
        } else {
            def.setFilterClass(filter.type().getName());
        }
        filter.initParams().forEach(def::addInitParameter);
        return def;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
