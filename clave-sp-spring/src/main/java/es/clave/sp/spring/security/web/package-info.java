/**
 * The filters and handlers behind the Cl@ve endpoints in a Spring Security filter chain: login,
 * ACS, logout and logout return, the stylesheet and logout confirmation ({@code ClavePagesFilter}),
 * the correlation-id scope of each request, and the button for views ({@code ClaveLoginButton}).
 *
 * <p>Public so that applications can place or replace them; {@code ClaveConfigurer} wires them.
 * The login filter stores the pending login bound to the browser (SEC-H2) with the return path
 * kept server-side (SEC-H1); the ACS filter consumes it once (SEC-H4) and leaves the session id
 * rotation to the chain; nothing the ACS needs lives in the HTTP session (SEC-H3). Logout ends the
 * local session first and then posts the LogoutRequest (LGO-1, LGO-3); the logout-return filter
 * checks the answer (LGO-2, BND-3). The web pieces come from {@code clave-sp-servlet}, so both
 * adapters render and protect alike (SEC-H6, SEC-H7).
 */
package es.clave.sp.spring.security.web;
