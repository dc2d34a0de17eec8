package es.clave.sp.servlet;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.login.ClientInfo;
import es.clave.sp.logout.PendingLogout;
import es.clave.sp.servlet.security.FormBody;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code POST <prefix>/logout/return}: the gateway's LogoutResponse (LGO-2). The local session
 * already ended when the logout started (LGO-3); here a confirmed logout goes to the after-logout
 * page, and a missing, refused or invalid answer is reported on a page that says the application
 * session is closed but Cl@ve did not confirm its own.
 */
final class LogoutReturnEndpoint {

    private final FilterRuntime rt;

    LogoutReturnEndpoint(FilterRuntime rt) {
        this.rt = rt;
    }

    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!"POST".equals(request.getMethod())) {
            notConfirmed(request, response, "the logout return was reached by " + request.getMethod()
                    + " without a logoutResponse", null, rt.afterLogout());
            return;
        }
        FormBody body;
        try {
            body = FormBody.read(request, rt.maxBodyBytes);
        } catch (FormBody.TooLargeException | FormBody.MalformedException e) {
            notConfirmed(request, response, "unreadable logout answer: " + e.getMessage(), null, rt.afterLogout());
            return;
        }
        finish(request, response, body);
    }

    /** Validates an already-read logout answer (also used when the gateway posts it to the ACS). */
    void finish(HttpServletRequest request, HttpServletResponse response, FormBody body)
            throws IOException, ServletException {
        String relayState = body.field("RelayState");
        Optional<PendingLogouts.Entry> entry = rt.pendingLogouts.take(relayState);
        String target = entry.map(e -> rt.safeTarget(e.pending().returnTo(), rt.afterLogout()))
                .orElse(rt.afterLogout());
        try {
            String logoutResponse = body.field("logoutResponse");
            if (logoutResponse == null || logoutResponse.isEmpty()) {
                throw new ClaveAuthenticationException(ClaveError.LOGOUT_FAILED, "no logoutResponse in the posted form");
            }
            if (entry.isPresent() && !rt.binding.matches(request, entry.get().browserBinding())) {
                throw new ClaveAuthenticationException(ClaveError.BROWSER_MISMATCH,
                        "the logout answer was delivered by another browser");
            }
            PendingLogout pending = entry.map(PendingLogouts.Entry::pending).orElse(null);
            rt.sp.finishLogout(logoutResponse, relayState, pending, ClientInfo.from(request.getRemoteAddr()));
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", target);
        } catch (ClaveAuthenticationException e) {
            notConfirmed(request, response, e.getMessage(), null, target);
        } catch (RuntimeException e) {
            notConfirmed(request, response, "processing the logout answer failed", e, target);
        }
    }

    private void notConfirmed(HttpServletRequest request, HttpServletResponse response, String detail, Throwable cause,
                              String home) throws IOException, ServletException {
        // whatever went wrong, the citizen sees one message: signed out here, not confirmed by Cl@ve
        rt.failures.fail(request, response, ClaveError.LOGOUT_FAILED, detail, cause, null, home);
    }
}
