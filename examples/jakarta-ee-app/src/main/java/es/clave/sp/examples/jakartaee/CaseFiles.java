package es.clave.sp.examples.jakartaee;

import es.clave.sp.identity.IdentityRoles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

/**
 * An EJB whose methods the container guards with {@code @RolesAllowed}: the roles come from the
 * groups the Cl@ve mechanism gave the caller.
 */
@Stateless
@DeclareRoles({IdentityRoles.USER, "CLAVE_LOA_HIGH"})
public class CaseFiles {

    @Resource
    SessionContext session;

    /** @return a line naming the caller, as the EJB container sees it */
    @RolesAllowed(IdentityRoles.USER)
    public String summary() {
        return "case files of " + session.getCallerPrincipal().getName();
    }

    /** @return a line only a caller signed in with a high level of assurance may read */
    @RolesAllowed("CLAVE_LOA_HIGH")
    public String sensitive() {
        return "sensitive case files of " + session.getCallerPrincipal().getName();
    }
}
