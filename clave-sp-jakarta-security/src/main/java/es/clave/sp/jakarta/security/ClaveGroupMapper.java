package es.clave.sp.jakarta.security;

import es.clave.sp.identity.ClaveIdentity;

import java.util.Set;

/**
 * Decides the groups (hence the roles, through the container's group-to-role mapping) of a citizen
 * signed in with Cl@ve. Provide one as a CDI bean (e.g. {@code @ApplicationScoped}) and the
 * {@link ClaveAuthenticationMechanism} uses it instead of {@link #DEFAULT}; compose with
 * {@code DEFAULT.groups(identity)} to extend the default groups rather than replace them.
 */
@FunctionalInterface
public interface ClaveGroupMapper {

    /** The documented default mapping ({@link ClaveGroups}). */
    ClaveGroupMapper DEFAULT = ClaveGroups::of;

    /**
     * @param identity the validated identity
     * @return the caller's groups; never null (an empty set means no role at all)
     */
    Set<String> groups(ClaveIdentity identity);
}
