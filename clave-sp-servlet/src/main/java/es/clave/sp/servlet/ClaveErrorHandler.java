package es.clave.sp.servlet;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Renders the answer when a Cl@ve login or logout fails. The default renders a localized page;
 * applications plug their own through {@code clave.servlet.error-handler} (a class with a public
 * no-argument constructor) or {@link ClaveServletSettings.Builder#errorHandler(ClaveErrorHandler)}.
 *
 * <p>Implementations must not show {@link ClaveFailure#error()} details beyond its message key or
 * any exception text: the specific reason is already in the log under {@link ClaveFailure#referenceId()}.
 */
@FunctionalInterface
public interface ClaveErrorHandler {

    /**
     * Writes the error response. The status in {@code failure} is a suggestion the default page uses.
     *
     * @param request  the request that failed
     * @param response the response to write; not committed yet
     * @param failure  what failed, the suggested HTTP status and the support reference id
     */
    void handle(HttpServletRequest request, HttpServletResponse response, ClaveFailure failure)
            throws IOException, ServletException;
}
