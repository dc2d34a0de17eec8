package es.clave.sp.jakarta.security;

import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.identity.IdentityRoles;

import java.util.Set;

/**
 * Decides the groups (hence the roles, through the container's group-to-role mapping) of a citizen
 * signed in with Cl@ve. Provide one as a CDI bean (e.g. {@code @ApplicationScoped}) and the
 * {@link ClaveAuthenticationMechanism} uses it instead of {@link #DEFAULT}; compose with
 * {@code DEFAULT.groups(identity)} to extend the default groups rather than replace them.
 */
@FunctionalInterface
public interface ClaveGroupMapper {

    /**
     * The default: core's {@link IdentityRoles}, the names the Spring adapter grants as authorities
     * ({@code CLAVE_USER}, {@code CLAVE_NATURAL_PERSON}, {@code CLAVE_REPRESENTATIVE},
     * {@code CLAVE_LOA_<level and every lower one>}, {@code CLAVE_METHOD_<method>}, {@code CLAVE_PERSON_<kind>}).
     */
    ClaveGroupMapper DEFAULT = identity -> Set.copyOf(IdentityRoles.of(identity));

    /**
     * @param identity the validated identity
     * @return the caller's groups; never null (an empty set means no role at all)
     */
    Set<String> groups(ClaveIdentity identity);
}
