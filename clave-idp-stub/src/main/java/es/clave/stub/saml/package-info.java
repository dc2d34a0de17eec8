/**
 * The messages the stub sends: the login Response as Cl@ve writes it (RSP-1 to RSP-12), the
 * LogoutResponse (LGO-2) and their status (RSP-6), with the failures of the catalogue applied on
 * the way.
 *
 * <p>Public API: {@code LoginResponseWriter}, {@code LogoutResponseWriter}, {@code LoginAnswer},
 * {@code SigningKeys} and {@code Ids}. The assertion is signed, then encrypted with RSA-OAEP and
 * AES-256-GCM when the SP is registered for it (RSP-3), then the Response is signed (RSP-2,
 * RSP-4); the post-signature attacks (signature wrapping, SEC-W1; a broken signature, RSP-2) are
 * internal.
 *
 * <p>Like every package of the stub, it is written independently of clave-sp-core on purpose: the
 * stub implements the gateway side of the same contract, so where it needs a helper core also has
 * (XML navigation, a secure parser, signatures, identifier checks, escaping), it keeps its own
 * copy, and each side checks the other instead of sharing a misreading.
 */
package es.clave.stub.saml;
