package es.clave.sp.jakarta.security;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Hands the servlet adapter's {@code ClaveFilter} its configuration as if it were declared in
 * web.xml: the {@code clave.*} values from MicroProfile Config become init-params, which the filter
 * lays over {@code clave.properties} (or the file {@code clave.config} names). So the file
 * loading, the unknown-key check and every message naming a wrong key stay the filter's.
 */
final class MechanismFilterConfig implements FilterConfig {

    static final String FILTER_NAME = "clave-jakarta-security";

    private final ServletContext context;
    private final Map<String, String> params;

    MechanismFilterConfig(ServletContext context, Map<String, String> params) {
        this.context = context;
        this.params = Map.copyOf(params);
    }

    @Override
    public String getFilterName() {
        return FILTER_NAME;
    }

    @Override
    public ServletContext getServletContext() {
        return context;
    }

    @Override
    public String getInitParameter(String name) {
        return params.get(name);
    }

    @Override
    public Enumeration<String> getInitParameterNames() {
        return Collections.enumeration(params.keySet());
    }
}
