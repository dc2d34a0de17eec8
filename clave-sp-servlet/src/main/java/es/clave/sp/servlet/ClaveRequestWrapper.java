package es.clave.sp.servlet;

import es.clave.sp.identity.ClaveIdentity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.security.Principal;
import java.util.Optional;

/**
 * Makes the signed-in citizen the request's principal: {@code getUserPrincipal()} is the
 * {@link ClaveIdentity} and {@code getRemoteUser()} its person identifier. Requests without a
 * Cl@ve identity keep whatever the container says (another authentication may be in use).
 */
final class ClaveRequestWrapper extends HttpServletRequestWrapper {

    ClaveRequestWrapper(HttpServletRequest request) {
        super(request);
    }

    @Override
    public Principal getUserPrincipal() {
        Optional<ClaveIdentity> identity = ClaveSession.identity(this);
        return identity.isPresent() ? identity.get() : super.getUserPrincipal();
    }

    @Override
    public String getRemoteUser() {
        Optional<ClaveIdentity> identity = ClaveSession.identity(this);
        return identity.isPresent() ? identity.get().getName() : super.getRemoteUser();
    }

    @Override
    public String getAuthType() {
        return ClaveSession.identity(this).isPresent() ? "CLAVE" : super.getAuthType();
    }
}
