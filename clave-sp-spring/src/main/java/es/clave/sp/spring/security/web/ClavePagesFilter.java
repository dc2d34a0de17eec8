package es.clave.sp.spring.security.web;

import es.clave.sp.servlet.web.PageEndpoints;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Serves {@code <prefix>/clave.css} (the button's and pages' stylesheet) and
 * {@code <prefix>/logged-out} (the logout confirmation) with the servlet adapter's
 * {@link PageEndpoints}, before authorization: both are public and carry no personal data.
 */
public final class ClavePagesFilter extends OncePerRequestFilter {

    private final String prefixPath;
    private final ClaveWebSupport web;

    /**
     * @param prefix the endpoints' prefix, e.g. {@code /clave}
     * @param web    shared Cl@ve web pieces
     */
    public ClavePagesFilter(String prefix, ClaveWebSupport web) {
        this.prefixPath = prefix + "/";
        this.web = web;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(prefixPath) && web.pages().handle(path.substring(prefixPath.length()), request, response)) {
            return;
        }
        chain.doFilter(request, response);
    }
}
