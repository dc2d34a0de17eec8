package es.clave.sp.jakarta.security;

import es.clave.sp.identity.ClaveIdentity;
import jakarta.security.enterprise.CallerPrincipal;

import java.util.Objects;

/**
 * The caller the container sees after a Cl@ve login: its name is the citizen's person identifier
 * (what {@code getRemoteUser()} and {@code SecurityContext.getCallerPrincipal().getName()} return),
 * and it carries the whole {@link ClaveIdentity}. Find it with
 * {@code securityContext.getPrincipalsByType(ClavePrincipal.class)}.
 */
public class ClavePrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final ClaveIdentity identity;

    /** @param identity the validated identity of the signed-in citizen */
    public ClavePrincipal(ClaveIdentity identity) {
        super(Objects.requireNonNull(identity, "identity").getName());
        this.identity = identity;
    }

    /** @return the citizen's identity as Cl@ve asserted it */
    public ClaveIdentity identity() {
        return identity;
    }

    @Override
    public String toString() {
        return "ClavePrincipal[" + identity + "]";
    }
}
