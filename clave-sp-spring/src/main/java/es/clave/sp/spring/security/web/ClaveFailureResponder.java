package es.clave.sp.spring.security.web;

import es.clave.sp.error.ClaveError;
import es.clave.sp.servlet.ClaveFailure;
import es.clave.sp.servlet.security.ReferenceIds;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Locale;

/**
 * Logs a failed Cl@ve step under a support reference and renders it with the configured
 * {@code ClaveErrorHandler} (the localized error page by default): the citizen sees the text of
 * {@link ClaveError#messageKey()} and the reference, the log gets the specific reason (SEC-H6, SEC-H7).
 */
public final class ClaveFailureResponder {

    private static final Logger LOG = LoggerFactory.getLogger(ClaveFailureResponder.class);

    private final ClaveWebSupport web;
    private final String retryPath;
    private final String homePath;

    /**
     * @param web       shared Cl@ve web pieces
     * @param retryPath context-relative login endpoint offered as "try again"
     * @param homePath  context-relative home page
     */
    public ClaveFailureResponder(ClaveWebSupport web, String retryPath, String homePath) {
        this.web = web;
        this.retryPath = retryPath;
        this.homePath = homePath;
    }

    /**
     * Logs and renders one failure.
     *
     * @param error  the failure kind
     * @param reason the specific reason, for the log only (already stripped of control characters by core)
     */
    public void respond(HttpServletRequest request, HttpServletResponse response, ClaveError error, String reason)
            throws IOException, ServletException {
        String reference = log(error, reason);
        Locale locale = web.locale(request);
        String context = request.getContextPath();
        ClaveFailure failure = new ClaveFailure(error, error.messageKey(), web.messages().text(error.messageKey(), locale),
                status(error), reference, locale, error == ClaveError.LOGOUT_FAILED ? null : context + retryPath,
                context + homePath);
        web.errorHandler().handle(request, response, failure);
    }

    /** @return a new support reference, written to the log with {@code reason} at a level fitting {@code error} */
    public static String log(ClaveError error, String reason) {
        String reference = ReferenceIds.next();
        switch (error.category()) {
            case CITIZEN -> LOG.info("Cl@ve login ended without identity [ref {}]: {}", reference, reason);
            case GATEWAY, SECURITY -> LOG.warn("Cl@ve message refused [ref {}]: {}", reference, reason);
            default -> LOG.error("Cl@ve processing failed [ref {}]: {}", reference, reason);
        }
        return reference;
    }

    /** @return the HTTP status of {@code error}: 4xx for the citizen's or the message's fault, 5xx for ours */
    public static int status(ClaveError error) {
        return switch (error.category()) {
            case CITIZEN -> HttpServletResponse.SC_UNAUTHORIZED;
            case SECURITY -> HttpServletResponse.SC_BAD_REQUEST;
            case GATEWAY -> HttpServletResponse.SC_BAD_GATEWAY;
            case INFRASTRUCTURE -> error == ClaveError.STATE_UNAVAILABLE
                    ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        };
    }
}
