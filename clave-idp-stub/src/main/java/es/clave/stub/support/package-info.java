/**
 * Small support code of the stub: log hygiene, so that values from requests are stripped of
 * control characters before they are logged (SEC-H6).
 *
 * <p>Public API: {@code Logs}.
 *
 * <p>Like every package of the stub, it is written independently of clave-sp-core on purpose: the
 * stub implements the gateway side of the same contract, so where it needs a helper core also has
 * (XML navigation, a secure parser, signatures, identifier checks, escaping), it keeps its own
 * copy, and each side checks the other instead of sharing a misreading.
 */
package es.clave.stub.support;
