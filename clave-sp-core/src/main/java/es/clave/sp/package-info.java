/**
 * The Cl@ve 2.0 Service Provider: {@link es.clave.sp.ClaveServiceProvider} builds and signs login
 * and logout requests and validates the gateway's answers.
 *
 * <p>This is the entry point of the public API. An adapter calls {@code startLogin} (REQ-1 to
 * REQ-14), stores the returned {@code PendingLogin}, and hands the posted answer to {@code
 * finishLogin} (RSP-1 to RSP-12), which returns a validated {@code ClaveIdentity} or throws a
 * {@code ClaveAuthenticationException} carrying a {@code ClaveError}; {@code startLogout} and
 * {@code finishLogout} do the same for LGO-1 and LGO-2. Core never sees an HTTP request: the
 * inputs are plain values from {@code es.clave.sp.login} and {@code es.clave.sp.logout}. The rules
 * are defined in the repository's {@code docs/protocol.md} and {@code docs/security.md}.
 */
package es.clave.sp;
