/**
 * What the stub received and answered, for tests and the HTTP API: each {@code Exchange} holds the
 * request, its conformance report and, once the login ends, the response and where it was posted.
 *
 * <p>Public API: {@code Exchange}, {@code ExchangeLog} (bounded, newest last) and {@code
 * ExchangeJson} (the JSON shapes of {@code /stub/api/}).
 *
 * <p>Like every package of the stub, it is written independently of clave-sp-core on purpose: the
 * stub implements the gateway side of the same contract, so where it needs a helper core also has
 * (XML navigation, a secure parser, signatures, identifier checks, escaping), it keeps its own
 * copy, and each side checks the other instead of sharing a misreading.
 */
package es.clave.stub.exchange;
