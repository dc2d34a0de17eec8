package es.clave.sp.servlet;

import es.clave.sp.error.ClaveConfigException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Zero-code registration of {@link ClaveFilter}, off by default. The jar's
 * {@code META-INF/web-fragment.xml} (fragment name {@value #FRAGMENT_NAME}) declares this listener,
 * and it does nothing unless the application sets the context parameter {@value #ENABLE_PARAMETER}
 * to {@code true}; then it registers a {@link ClaveFilter} named {@value #FILTER_NAME} on
 * {@code /*} for REQUEST dispatches, ahead of the filters of {@code web.xml}, and hands it every
 * other {@code clave.*} context parameter as an init-param (so {@code clave.config} and the
 * {@code clave.servlet.*} keys go in {@code web.xml} as context parameters).
 *
 * <p>Registering the filter by hand (in {@code web.xml} or in code) stays the documented default;
 * an application that wants neither this listener nor any fragment scanning sets
 * {@code metadata-complete="true"} or leaves {@value #FRAGMENT_NAME} out of its
 * {@code absolute-ordering}.
 */
public class ClaveWebFragment implements ServletContextListener {

    /** Context parameter that switches the registration on: {@code true} or {@code false} (the default). */
    public static final String ENABLE_PARAMETER = "clave.servlet.web-fragment";
    /** Name of the filter this listener registers. */
    public static final String FILTER_NAME = "ClaveFilter";
    /** The {@code <name>} of the module's web fragment (for {@code absolute-ordering}). */
    public static final String FRAGMENT_NAME = "clave_sp";

    /** Called by the container for the declaration in the module's web fragment. */
    public ClaveWebFragment() {
        // stateless: everything happens in contextInitialized
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        if (!enabled(context.getInitParameter(ENABLE_PARAMETER))) {
            return;
        }
        FilterRegistration.Dynamic registration = context.addFilter(FILTER_NAME, ClaveFilter.class);
        if (registration == null) {
            throw new ClaveConfigException(ENABLE_PARAMETER, "the application already declares a filter named '"
                    + FILTER_NAME + "': register the filter by hand or through the web fragment, not both");
        }
        registration.setInitParameters(claveParameters(context));
        registration.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        context.log("clave-sp: " + FILTER_NAME + " registered on /* by the web fragment (" + ENABLE_PARAMETER + "=true)");
    }

    private static boolean enabled(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new ClaveConfigException(ENABLE_PARAMETER, "'" + value + "' is neither true nor false");
    }

    private static Map<String, String> claveParameters(ServletContext context) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : Collections.list(context.getInitParameterNames())) {
            if (name.startsWith("clave.") && !name.equals(ENABLE_PARAMETER)) {
                parameters.put(name, context.getInitParameter(name));
            }
        }
        return parameters;
    }
}
