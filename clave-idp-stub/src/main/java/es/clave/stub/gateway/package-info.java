/**
 * The gateway's logic without HTTP: receives a request, checks it, records the exchange, decides
 * between a login, an error answer (in strict mode, for MUST violations) and an error page, and
 * finishes logins with the citizen's or the script's choice.
 *
 * <p>Public API: {@code Gateway}, {@code GatewayConfig}, {@code LoginTransaction} and {@code
 * PostMessage} (the HTTP-POST message carried back to the SP, BND-2, BND-3). The answer types, the
 * login finisher and the bounded store of waiting logins are internal.
 *
 * <p>Like every package of the stub, it is written independently of clave-sp-core on purpose: the
 * stub implements the gateway side of the same contract, so where it needs a helper core also has
 * (XML navigation, a secure parser, signatures, identifier checks, escaping), it keeps its own
 * copy, and each side checks the other instead of sharing a misreading.
 */
package es.clave.stub.gateway;
