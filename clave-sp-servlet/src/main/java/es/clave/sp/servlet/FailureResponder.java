package es.clave.sp.servlet;

import es.clave.sp.audit.CorrelationId;
import es.clave.sp.error.ClaveError;
import es.clave.sp.servlet.i18n.LocaleSelector;
import es.clave.sp.servlet.i18n.ServletMessages;
import es.clave.sp.text.LogSanitizer;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Locale;

/**
 * Turns a failure into a logged line with a reference id and the error handler's page (SEC-H7).
 * The log gets the specific reason; the page gets the localized text and the reference only.
 * Public so the Spring adapter renders failures the same way.
 */
public final class FailureResponder {

    private static final Logger LOG = LoggerFactory.getLogger(FailureResponder.class);

    private final ClaveErrorHandler handler;
    private final ServletMessages messages;
    private final LocaleSelector locales;

    /**
     * @param handler  renders the page
     * @param messages the texts
     * @param locales  chooses the language
     */
    public FailureResponder(ClaveErrorHandler handler, ServletMessages messages, LocaleSelector locales) {
        this.handler = handler;
        this.messages = messages;
        this.locales = locales;
    }

    /** @return the HTTP status the default page uses for {@code error} */
    public static int statusOf(ClaveError error) {
        if (error == ClaveError.RESPONSE_TOO_LARGE) {
            return HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
        }
        return switch (error.category()) {
            case CITIZEN -> HttpServletResponse.SC_FORBIDDEN;
            case SECURITY -> HttpServletResponse.SC_BAD_REQUEST;
            case GATEWAY -> HttpServletResponse.SC_BAD_GATEWAY;
            case INFRASTRUCTURE -> error == ClaveError.STATE_UNAVAILABLE
                    ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        };
    }

    /**
     * Logs and renders a Cl@ve failure.
     *
     * @param logDetail the specific reason, for the log only (escaped and capped here, SEC-H6)
     * @param cause     an unexpected exception to log with its stack trace, or null
     * @param retryUrl  where the citizen may try again, or null
     */
    public void fail(HttpServletRequest request, HttpServletResponse response, ClaveError error, String logDetail,
              Throwable cause, String retryUrl, String homeUrl) throws IOException, ServletException {
        respond(request, response, error, error.messageKey(), statusOf(error), logDetail, cause, retryUrl, homeUrl);
    }

    /**
     * Logs and renders a refusal that happens before any Cl@ve processing (bad parameters, wrong method).
     */
    public void refuse(HttpServletRequest request, HttpServletResponse response, String messageKey, int status,
                String logDetail, String retryUrl, String homeUrl) throws IOException, ServletException {
        respond(request, response, null, messageKey, status, logDetail, null, retryUrl, homeUrl);
    }

    private void respond(HttpServletRequest request, HttpServletResponse response, ClaveError error,
                         String messageKey, int status, String logDetail, Throwable cause, String retryUrl,
                         String homeUrl) throws IOException, ServletException {
        // the request's correlation id: the same id is in the MDC of every log line and audit event
        String reference = CorrelationId.current().orElseGet(CorrelationId::newId);
        String detail = LogSanitizer.sanitize(logDetail);
        String uri = LogSanitizer.sanitize(request.getRequestURI());
        if (cause != null) {
            LOG.error("Cl@ve [{}] {} {}: {}", reference, request.getMethod(), uri, detail, cause);
        } else if (error != null && error.category() == ClaveError.Category.CITIZEN) {
            LOG.info("Cl@ve [{}] {}: {}", reference, error, detail);
        } else {
            LOG.warn("Cl@ve [{}] {} {}: {}", reference, request.getMethod(), uri, detail);
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        Locale locale = locales.select(request);
        ClaveFailure failure = new ClaveFailure(error, messageKey, messages.text(messageKey, locale), status,
                reference, locale, retryUrl, homeUrl);
        try {
            handler.handle(request, response, failure);
        } catch (RuntimeException | IOException | ServletException e) {
            // an application handler failing must not leak its exception to the citizen either
            LOG.error("Cl@ve [{}] the error handler failed", reference, e);
            if (!response.isCommitted()) {
                response.resetBuffer();
                response.setStatus(status);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().print(failure.message() + "\n" + reference + "\n");
            }
        }
    }
}
