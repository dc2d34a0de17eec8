/**
 * The request conformance checker: decodes what an SP posts and checks it rule by rule, on the
 * HTTP side (BND-1 to BND-4, BND-6), in the XML (REQ-1 to REQ-14, LGO-1) and in the signature and
 * the SP's registration (REQ-7, BND-5).
 *
 * <p>Public API: {@code RequestInspector}, the checkers, and the {@code ConformanceReport} of
 * {@code Finding}s that tests assert on; each finding has a rule id, a {@code Severity} (MUST or
 * SHOULD) and one sentence saying what to change. The checker judges any SP's requests, not only
 * clave-sp's.
 *
 * <p>Like every package of the stub, it is written independently of clave-sp-core on purpose: the
 * stub implements the gateway side of the same contract, so where it needs a helper core also has
 * (XML navigation, a secure parser, signatures, identifier checks, escaping), it keeps its own
 * copy, and each side checks the other instead of sharing a misreading.
 */
package es.clave.stub.conformance;
