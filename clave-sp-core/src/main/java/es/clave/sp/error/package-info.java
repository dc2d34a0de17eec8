/**
 * Every way a login or logout ends without an identity, and what the citizen is told.
 *
 * <p>Public API: {@link es.clave.sp.error.ClaveError}, one enum whose values each name the rule
 * they enforce (for example {@code SEC-P3}), a reason for the log and the key of the citizen's
 * message; {@code ClaveAuthenticationException}, the one exception type that carries it; {@code
 * ClaveMessages}, the localized texts (es, ca, gl, eu, en) with application overrides; and {@code
 * StatusMapper}, which turns a non-success SAML status into the failure it means (RSP-6, SEC-P7).
 * Every security-category failure shares one generic message, so the page tells an attacker
 * nothing.
 */
package es.clave.sp.error;
