package es.clave.sp.servlet.http;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one seam between the HTTP tests and a servlet container: each container the module is
 * tested on (Jetty ee11 for Servlet 6.1, Tomcat 10.0 for Servlet 5.0, Tomcat 9 for the javax build)
 * implements it once, and every HTTP test runs unchanged on each. The surefire execution chooses
 * the container with the system property {@value #PROPERTY} (a class name).
 */
interface ServletContainer {

    /** System property naming the {@link ServletContainer} class the tests run on. */
    String PROPERTY = "clave.test.container";

    /**
     * Binds a free loopback port, before the application exists: the SP configuration names the
     * application's URL, so the port must be known first.
     *
     * @return the bound server; closing it stops it
     */
    Server bind() throws Exception;

    /** A server bound to a port on {@code localhost}. */
    interface Server extends AutoCloseable {
        /** @return the port */
        int port();

        /**
         * Deploys {@code app} and starts serving it: a session cookie that is HttpOnly and
         * SameSite=Lax (SEC-H3), X-Forwarded-* honoured as behind a proxy (SEC-P3 proves the
         * filter ignores them).
         */
        void start(WebApp app) throws Exception;
    }

    /**
     * A web application at {@code contextPath}.
     *
     * @param contextPath   the context path, e.g. {@code /app}
     * @param filter        the filter on {@code /*} (REQUEST dispatch), or null for none
     * @param servlets      servlets by URL pattern
     * @param contextParams context init parameters
     * @param webInfLib     when not null, a folder of jars deployed as {@code WEB-INF/lib} and scanned
     *                      for {@code META-INF/web-fragment.xml} like a WAR's libraries
     */
    record WebApp(String contextPath, FilterSpec filter, Map<String, HttpServlet> servlets,
                  Map<String, String> contextParams, Path webInfLib) {
    }

    /**
     * A filter: either an instance, or a class the container instantiates with init parameters.
     *
     * @param instance   the filter object, or null
     * @param type       the filter class when {@code instance} is null
     * @param initParams the init parameters (for a class)
     */
    record FilterSpec(Filter instance, Class<? extends Filter> type, Map<String, String> initParams) {

        /** @return a spec for a ready-made filter */
        static FilterSpec of(Filter instance) {
            return new FilterSpec(instance, null, Map.of());
        }

        /** @return a spec for a filter the container creates, with no init parameters yet */
        static FilterSpec of(Class<? extends Filter> type) {
            return new FilterSpec(null, type, new LinkedHashMap<>());
        }

        /** Adds an init parameter (for a class spec). */
        FilterSpec initParam(String name, String value) {
            initParams.put(name, value);
            return this;
        }
    }

    /** @return the container named by {@value #PROPERTY}, Jetty ee11 when unset (a run from the IDE) */
    static ServletContainer selected() {
        String name = System.getProperty(PROPERTY, "es.clave.sp.servlet.http.JettyEe11Container");
        try {
            // by name, so that a run without Jetty (or without Tomcat) on its class path never links it
            return (ServletContainer) Class.forName(name).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(PROPERTY + "=" + name + " is no ServletContainer on the test class path", e);
        }
    }
}
