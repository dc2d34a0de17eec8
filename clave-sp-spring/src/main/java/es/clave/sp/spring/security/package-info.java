/**
 * Spring Security integration of the Cl@ve login: {@link
 * es.clave.sp.spring.security.ClaveConfigurer} adds it to a {@code SecurityFilterChain} in one
 * line.
 *
 * <p>Public API: the configurer; {@code ClaveAuthenticationToken}, whose principal is the
 * validated {@code ClaveIdentity}; {@code ClaveAuthorities} and the {@code ClaveAuthoritiesMapper}
 * seam, which decide the granted authorities; {@code ClaveAuthenticationProvider}, which validates
 * a {@code ClaveResponseToken} with core's {@code finishLogin}; and {@code
 * ClaveLoginFailedException}, which carries the {@code ClaveError} so failure handlers choose the
 * citizen's message. Every failure, including unexpected ones, reaches the failure handler, never
 * a stack trace (SEC-H7).
 */
package es.clave.sp.spring.security;
