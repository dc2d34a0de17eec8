package es.clave.sp.servlet;

import es.clave.sp.identity.ClaveIdentity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.Optional;

/**
 * Static access to the signed-in citizen for application code, JSPs and other filters. The same
 * identity is also the request's {@code getUserPrincipal()} behind {@link ClaveFilter}.
 */
public final class ClaveSession {

    /** HTTP session attribute holding the {@link ClaveIdentity} of the signed-in citizen. */
    public static final String IDENTITY_ATTRIBUTE = "es.clave.sp.servlet.identity";

    private ClaveSession() {
    }

    /** @return the signed-in citizen, or empty; never creates a session */
    public static Optional<ClaveIdentity> identity(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        try {
            return session.getAttribute(IDENTITY_ATTRIBUTE) instanceof ClaveIdentity identity
                    ? Optional.of(identity) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    /** @return whether a citizen is signed in with Cl@ve in this request's session */
    public static boolean isSignedIn(HttpServletRequest request) {
        return identity(request).isPresent();
    }

    /**
     * Stores {@code identity} after a successful login (SEC-H4). The session id always changes, so an
     * id planted or seen before the login is worthless afterwards. When the session already holds
     * another citizen's identity (see {@link ClaveIdentity#isSameCitizen}), it is invalidated and a
     * fresh one created: nothing of the previous citizen's session carries over. Otherwise (no one
     * signed in, or the same citizen again) the application's attributes stay.
     */
    static void signIn(HttpServletRequest request, ClaveIdentity identity) {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            Optional<ClaveIdentity> previous = identity(request);
            if (previous.isPresent() && !previous.get().isSameCitizen(identity)) {
                invalidate(existing);
            } else {
                request.changeSessionId();
            }
        }
        request.getSession(true).setAttribute(IDENTITY_ATTRIBUTE, identity);
    }

    /**
     * Ends the local session (LGO-3).
     *
     * @return the identity that was signed in, or empty
     */
    static Optional<ClaveIdentity> signOut(HttpServletRequest request) {
        Optional<ClaveIdentity> identity = identity(request);
        HttpSession session = request.getSession(false);
        if (session != null) {
            invalidate(session);
        }
        return identity;
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            // nothing left to end
        }
    }
}
