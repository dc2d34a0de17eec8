package es.clave.sp.servlet;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.login.ClientInfo;
import es.clave.sp.login.PendingLogin;
import es.clave.sp.servlet.security.FormBody;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST <prefix>/acs}: the gateway's answer. Reads the body under a cap (SEC-X4), consumes the
 * pending login for the posted RelayState once, checks it belongs to this browser (SEC-H2), lets core
 * validate the Response against the configured ACS URL (never one derived from Host or
 * X-Forwarded-*, SEC-P3), then rotates the session and signs the citizen in (SEC-H4). A
 * {@code logoutResponse} posted here (the core default when no separate logout return URL is
 * configured) is handed to the logout return endpoint.
 */
final class AcsEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(AcsEndpoint.class);

    private final FilterRuntime rt;
    private final LogoutReturnEndpoint logoutReturn;

    AcsEndpoint(FilterRuntime rt, LogoutReturnEndpoint logoutReturn) {
        this.rt = rt;
        this.logoutReturn = logoutReturn;
    }

    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            rt.failures.fail(request, response, ClaveError.RESPONSE_MISSING, "method " + request.getMethod()
                    + " on the ACS; the gateway posts", null, null, rt.defaultReturn());
            return;
        }
        FormBody body;
        try {
            body = FormBody.read(request, rt.maxBodyBytes);
        } catch (FormBody.TooLargeException e) {
            rt.failures.fail(request, response, ClaveError.RESPONSE_TOO_LARGE, e.getMessage(), null,
                    rt.endpoint("login"), rt.defaultReturn());
            return;
        } catch (FormBody.MalformedException e) {
            rt.failures.fail(request, response, ClaveError.MALFORMED_RESPONSE, e.getMessage(), null,
                    rt.endpoint("login"), rt.defaultReturn());
            return;
        }
        if (!body.has("SAMLResponse") && body.has("logoutResponse")) {
            logoutReturn.finish(request, response, body);
            return;
        }
        finishLogin(request, response, body);
    }

    private void finishLogin(HttpServletRequest request, HttpServletResponse response, FormBody body)
            throws IOException, ServletException {
        String samlResponse = body.field("SAMLResponse");
        String relayState = body.field("RelayState");
        String retry = rt.endpoint("login");
        try {
            if (samlResponse == null || samlResponse.isEmpty()) {
                throw new ClaveAuthenticationException(ClaveError.RESPONSE_MISSING, "no SAMLResponse in the posted form");
            }
            Optional<PendingLogin> pending = takePending(relayState);
            if (pending.isPresent() && !rt.binding.matches(request, pending.get().browserBinding())) {
                // the login was started by another browser: its state is now consumed, so the
                // response is worthless to both (login CSRF, SEC-H2)
                throw new ClaveAuthenticationException(ClaveError.BROWSER_MISMATCH,
                        "the browser-binding cookie is missing or belongs to another browser");
            }
            ClaveIdentity identity = rt.sp.finishLogin(samlResponse, relayState, pending.orElse(null),
                    ClientInfo.from(request.getRemoteAddr()));
            ClaveSession.signIn(request, identity);
            String target = rt.safeTarget(pending.map(PendingLogin::returnTo).orElse(null), rt.defaultReturn());
            LOG.info("Cl@ve login: {}", identity);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", target);
        } catch (ClaveAuthenticationException e) {
            rt.failures.fail(request, response, e.error(), e.getMessage(), null, retry, rt.defaultReturn());
        } catch (RuntimeException e) {
            rt.failures.fail(request, response, ClaveError.INTERNAL_ERROR, "processing the Response failed", e,
                    retry, rt.defaultReturn());
        }
    }

    private Optional<PendingLogin> takePending(String relayState) {
        if (relayState == null || relayState.isEmpty() || PendingLogouts.isLogoutKey(relayState)) {
            return Optional.empty();
        }
        return rt.pendingLogins.take(relayState);
    }
}
