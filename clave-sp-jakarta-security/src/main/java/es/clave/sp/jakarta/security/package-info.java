/**
 * Cl@ve 2.0 login for Jakarta EE applications with container-managed security:
 * {@link es.clave.sp.jakarta.security.ClaveAuthenticationMechanism} (a Jakarta Security
 * {@code HttpAuthenticationMechanism}), the caller it hands the container
 * ({@link es.clave.sp.jakarta.security.ClavePrincipal}), and the groups it gives the caller
 * ({@link es.clave.sp.jakarta.security.ClaveGroupMapper}, by default core's {@link es.clave.sp.identity.IdentityRoles}).
 * The endpoints, pages and checks are the servlet adapter's; this package is only the seam to the container.
 */
package es.clave.sp.jakarta.security;
