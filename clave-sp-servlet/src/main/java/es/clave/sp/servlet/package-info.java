/**
 * Cl@ve login for plain Jakarta Servlet applications in one filter, {@link
 * es.clave.sp.servlet.ClaveFilter}, which serves the login, ACS, logout and logout-return
 * endpoints under a prefix and makes the signed-in citizen the request's principal.
 *
 * <p>Public API: the filter, {@code ClaveServletSettings} (the {@code clave.servlet.*} keys),
 * {@code ClaveSession} (static access to the identity), {@code ClaveButton} and {@code
 * ClaveIdentityHtml} (markup for pages), the {@code ClaveErrorHandler} seam with {@code
 * ClaveFailure}, and {@code LoginParameters}, {@code FailureResponder} and {@code PendingLogouts},
 * which the Spring adapter reuses so both behave alike. The endpoints are internal. They bind each
 * pending login to the browser (SEC-H2), keep the return path server-side (SEC-H1), compare
 * responses with the configured ACS URL only (SEC-P3), rotate the session at login (SEC-H4), end
 * the local session before the Cl@ve logout (LGO-3) and answer every failure with a clean page
 * (SEC-H7).
 */
package es.clave.sp.servlet;
