/**
 * The scripted citizens: built-in test users and users read from a properties file, with valid
 * Spanish identifiers and, for representatives, the PartialAfirma attribute of a legal person's
 * representative certificate (RSP-12).
 *
 * <p>Public API: {@code UserDirectory}, {@code UsersFile}, {@code SpanishIds} (NIF, NIE and CIF
 * check characters, so that every user passes the SP's own checks) and {@code PartialAfirma}.
 *
 * <p>Like every package of the stub, it is written independently of clave-sp-core on purpose: the
 * stub implements the gateway side of the same contract, so where it needs a helper core also has
 * (XML navigation, a secure parser, signatures, identifier checks, escaping), it keeps its own
 * copy, and each side checks the other instead of sharing a misreading.
 */
package es.clave.stub.users;
