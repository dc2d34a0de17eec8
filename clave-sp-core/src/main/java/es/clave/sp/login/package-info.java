/**
 * The plain values a login is made of, exchanged between an adapter and core so that core never
 * sees HTTP.
 *
 * <p>Public API: {@code LoginOptions} (per-login level of assurance, methods, ForceAuthn and
 * return path), {@code LoginStart} with its {@code PendingLogin} (what the adapter stores under
 * the RelayState, BND-4, bound to the browser, SEC-H2) and {@code PostForm} (the HTTP-POST form,
 * BND-1, BND-2), {@code ClientInfo} (client address and reception time, RSP-7, RSP-8, RSP-10),
 * {@code LevelOfAssurance} (REQ-13, RSP-9) and {@code IdentificationMethod} (REQ-11, RSP-12).
 */
package es.clave.sp.login;
