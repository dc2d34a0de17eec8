package es.clave.sp.spring.security;

import es.clave.sp.identity.ClaveIdentity;
import org.springframework.security.core.GrantedAuthority;

import java.util.Collection;

/**
 * Decides which authorities a Cl@ve login grants. Declare a bean of this type to replace
 * {@link ClaveAuthorities#defaultMapper()}, or wrap the default to add application roles.
 */
@FunctionalInterface
public interface ClaveAuthoritiesMapper {

    /** @return the authorities for {@code identity}; never null */
    Collection<? extends GrantedAuthority> authorities(ClaveIdentity identity);
}
