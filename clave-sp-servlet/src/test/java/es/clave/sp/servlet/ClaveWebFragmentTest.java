package es.clave.sp.servlet;

import es.clave.sp.error.ClaveConfigException;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The web fragment's listener refuses what it cannot honour instead of starting an unprotected application. */
class ClaveWebFragmentTest {

    @Test
    @DisplayName("a switch value that is neither true nor false fails the deployment and names the parameter")
    void contextInitializedWhenSwitchNotBooleanThenConfigException() {
        List<String> calls = new ArrayList<>();
        ServletContextEvent event = event(Map.of(ClaveWebFragment.ENABLE_PARAMETER, "yes"), calls, false);

        ClaveConfigException e = assertThrows(ClaveConfigException.class,
                () -> new ClaveWebFragment().contextInitialized(event));

        assertTrue(e.getMessage().contains(ClaveWebFragment.ENABLE_PARAMETER) && e.getMessage().contains("'yes'"), e.getMessage());
        assertEquals(List.of(), calls, "nothing registered");
    }

    @Test
    @DisplayName("switched on while web.xml already declares a filter of that name: the deployment fails, naming both ways")
    void contextInitializedWhenFilterNameTakenThenConfigException() {
        List<String> calls = new ArrayList<>();
        ServletContextEvent event = event(Map.of(ClaveWebFragment.ENABLE_PARAMETER, "true"), calls, true);

        ClaveConfigException e = assertThrows(ClaveConfigException.class,
                () -> new ClaveWebFragment().contextInitialized(event));

        assertTrue(e.getMessage().contains("already declares a filter named 'ClaveFilter'"), e.getMessage());
        assertEquals(List.of("addFilter"), calls);
    }

    /** A context with {@code params} whose addFilter answers null (name taken) when {@code taken}. */
    private static ServletContextEvent event(Map<String, String> params, List<String> calls, boolean taken) {
        ServletContext context = (ServletContext) Proxy.newProxyInstance(ClaveWebFragmentTest.class.getClassLoader(),
                new Class<?>[]{ServletContext.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getInitParameter" -> params.get((String) args[0]);
                    case "getInitParameterNames" -> Collections.enumeration(params.keySet());
                    case "addFilter" -> {
                        calls.add("addFilter");
                        if (taken) {
                            yield null;
                        }
                        throw new AssertionError("the test context registers nothing");
                    }
                    default -> null;
                });
        return new ServletContextEvent(context);
    }
}
