package es.clave.sp.examples.jakartaee;

import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.jakarta.security.ClavePrincipal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.util.Optional;

/**
 * A CDI bean that reads the caller from the container's {@link SecurityContext}: application code
 * never touches the HTTP session or the Cl@ve adapter to know who is signed in.
 */
@RequestScoped
public class CitizenView {

    @Inject
    SecurityContext security;

    /** @return the citizen the container authenticated, or empty for an anonymous caller */
    public Optional<ClaveIdentity> citizen() {
        return security.getPrincipalsByType(ClavePrincipal.class).stream().findFirst().map(ClavePrincipal::identity);
    }

    /** @return the caller's name as the container knows it (the person identifier), or null */
    public String callerName() {
        return security.getCallerPrincipal() == null ? null : security.getCallerPrincipal().getName();
    }

    /** @return whether the container gives the caller {@code role} */
    public boolean hasRole(String role) {
        return security.isCallerInRole(role);
    }
}
