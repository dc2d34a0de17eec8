/**
 * The stub's HTTP layer on the JDK's server: the gateway endpoint ({@code
 * /Proxy2/ServiceProvider}, and {@code /Proxy/} paths answered with a BND-6 explanation), the
 * certificate feed (BND-5), the citizen's pages, the status page and the JSON API.
 *
 * <p>Public API: {@code StubHandler} and {@code StubContext}; the routes, form reading and
 * rendering are internal. Unexpected errors end in a plain 500 page, never a stack trace.
 *
 * <p>Like every package of the stub, it is written independently of clave-sp-core on purpose: the
 * stub implements the gateway side of the same contract, so where it needs a helper core also has
 * (XML navigation, a secure parser, signatures, identifier checks, escaping), it keeps its own
 * copy, and each side checks the other instead of sharing a misreading.
 */
package es.clave.stub.http;
