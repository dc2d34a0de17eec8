package es.clave.sp.spring.security;

import es.clave.sp.identity.ClaveIdentity;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

import java.io.Serial;
import java.util.Collection;
import java.util.Objects;

/**
 * A successful Cl@ve login. The principal is the validated {@link ClaveIdentity}, so controllers
 * can take it with {@code @AuthenticationPrincipal ClaveIdentity identity}; {@link #getName()} is
 * the person identifier. There are no credentials: the SAML response was consumed once and is
 * not kept.
 */
public class ClaveAuthenticationToken extends AbstractAuthenticationToken {
    @Serial
    private static final long serialVersionUID = 1L;

    private final ClaveIdentity identity;

    /**
     * @param identity    the identity {@code finishLogin} returned
     * @param authorities the authorities granted for it (see {@link ClaveAuthoritiesMapper})
     */
    public ClaveAuthenticationToken(ClaveIdentity identity, Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        this.identity = Objects.requireNonNull(identity, "identity");
        super.setAuthenticated(true);
    }

    /** @return the validated identity */
    @Override
    public ClaveIdentity getPrincipal() {
        return identity;
    }

    /** @return null: nothing secret outlives the login */
    @Override
    public Object getCredentials() {
        return null;
    }

    /** An authenticated token stays authenticated; only the constructor can grant that. */
    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("Create a new ClaveAuthenticationToken instead of marking one authenticated");
        }
        super.setAuthenticated(false);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClaveAuthenticationToken other && super.equals(o) && identity.equals(other.identity);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + identity.hashCode();
    }
}
