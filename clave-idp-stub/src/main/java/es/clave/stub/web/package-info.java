/**
 * The citizen's pages of the stub (method chooser, test-user page, auto-post page back to the SP,
 * error page) and its status page, server-rendered, accessible and HTML-escaped (SEC-H6).
 *
 * <p>Public API: {@code LoginPages}, {@code ResultPages}, {@code StatusPage}, {@code Html} and
 * {@code Messages} (Spanish by default, Catalan, Galician, Basque and English). The rendering of
 * conformance reports is internal.
 *
 * <p>Like every package of the stub, it is written independently of clave-sp-core on purpose: the
 * stub implements the gateway side of the same contract, so where it needs a helper core also has
 * (XML navigation, a secure parser, signatures, identifier checks, escaping), it keeps its own
 * copy, and each side checks the other instead of sharing a misreading.
 */
package es.clave.stub.web;
