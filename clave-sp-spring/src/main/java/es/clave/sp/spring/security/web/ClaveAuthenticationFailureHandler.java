package es.clave.sp.spring.security.web;

import es.clave.sp.audit.CorrelationId;
import es.clave.sp.error.ClaveError;
import es.clave.sp.spring.security.ClaveLoginFailedException;
import es.clave.sp.text.LogSanitizer;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

import java.io.IOException;

/**
 * The default answer to a failed Cl@ve login. Without a failure URL it renders the localized Cl@ve
 * error page (status 4xx/5xx, support reference, "try again" link), like the servlet adapter. With
 * one it behaves like Spring Security's form login: the {@link ClaveLoginFailedException} is kept in
 * the session under {@code WebAttributes.AUTHENTICATION_EXCEPTION} and the browser is redirected,
 * so the application renders its own page from {@link ClaveLoginFailedException#getError()}. The
 * specific reason always goes to the log only (SEC-H6, SEC-H7).
 */
public final class ClaveAuthenticationFailureHandler implements AuthenticationFailureHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ClaveAuthenticationFailureHandler.class);

    private final ClaveWebSupport web;
    private final String retryPath;
    private final String homePath;
    private final SimpleUrlAuthenticationFailureHandler redirect;

    /**
     * @param web        shared Cl@ve web pieces
     * @param retryPath  context-relative login endpoint offered as "try again"
     * @param homePath   context-relative home page
     * @param failureUrl context-relative page to redirect to, or null to render the error page
     */
    public ClaveAuthenticationFailureHandler(ClaveWebSupport web, String retryPath, String homePath, String failureUrl) {
        this.web = web;
        this.retryPath = retryPath;
        this.homePath = homePath;
        this.redirect = failureUrl == null ? null : new SimpleUrlAuthenticationFailureHandler(failureUrl);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        ClaveError error = exception instanceof ClaveLoginFailedException e ? e.getError() : ClaveError.INTERNAL_ERROR;
        if (redirect != null) {
            LOG.warn("Cl@ve [{}] login failed, redirecting to the failure URL: {}", CorrelationId.current().orElseGet(CorrelationId::newId),
                    LogSanitizer.sanitize(exception.getMessage()));
            redirect.onAuthenticationFailure(request, response, exception);
            return;
        }
        String context = request.getContextPath();
        Throwable unexpected = error == ClaveError.INTERNAL_ERROR ? exception.getCause() : null;
        web.failures().fail(request, response, error, exception.getMessage(), unexpected, context + retryPath,
                context + homePath);
    }
}
