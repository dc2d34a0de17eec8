package es.clave.sp.servlet;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.logout.LogoutStart;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code <prefix>/logout}: ends the local session first, whatever happens next (LGO-3), then, when a
 * citizen was signed in with Cl@ve, posts a LogoutRequest to the gateway (LGO-1). Without a Cl@ve
 * session it just goes to the after-logout page.
 */
final class LogoutEndpoint {

    private final FilterRuntime rt;

    LogoutEndpoint(FilterRuntime rt) {
        this.rt = rt;
    }

    void handle(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String returnTo = rt.safeTarget(request.getParameter("returnTo"), rt.afterLogout());
        Optional<ClaveIdentity> signedOut = ClaveSession.signOut(request);
        if (signedOut.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", returnTo);
            return;
        }
        try {
            LogoutStart start = rt.sp.startLogout(returnTo);
            String browser = rt.binding.bind(request, response);
            rt.pendingLogouts.put(start.pending(), browser, rt.settings.pendingTtl());
            rt.autoPost.render(response, start.form(), rt.locales.select(request));
        } catch (ClaveAuthenticationException e) {
            rt.failures.fail(request, response, ClaveError.LOGOUT_FAILED,
                    "local session ended; the Cl@ve logout could not start: " + e.getMessage(), null, null, returnTo);
        } catch (RuntimeException e) {
            rt.failures.fail(request, response, ClaveError.LOGOUT_FAILED,
                    "local session ended; the Cl@ve logout could not start", e, null, returnTo);
        }
    }
}
