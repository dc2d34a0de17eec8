package es.clave.sp.spring.security.web;

import es.clave.sp.audit.CorrelationId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Opens one correlation-id scope per request to a Cl@ve endpoint, so the audit lines of that
 * request (login started, failed, succeeded …), the MDC key {@value CorrelationId#MDC_KEY} and the
 * support reference on the error page all carry the same id: a help-desk call leads straight to
 * the log lines (docs/operations.md, §4).
 */
public final class ClaveCorrelationFilter extends OncePerRequestFilter {

    private final RequestMatcher endpoints;

    /** @param endpoints the Cl@ve endpoints */
    public ClaveCorrelationFilter(RequestMatcher endpoints) {
        this.endpoints = endpoints;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !endpoints.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (CorrelationId.Scope scope = CorrelationId.openIfAbsent()) {
            chain.doFilter(request, response);
        }
    }
}
