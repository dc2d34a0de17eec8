/**
 * The stub's XML layer: its one secure parser (no DOCTYPE, SEC-X1; no XInclude or external
 * entities; a depth limit, SEC-X3) with serialisation, namespace-exact DOM helpers, the namespace
 * and algorithm identifiers of the Cl@ve profile, and enveloped signatures made with Apache
 * Santuario the way Cl@ve makes them (REQ-7 shape, RSP-2, RSP-4).
 *
 * <p>Public API: {@code SecureXml}, {@code Dom}, {@code Ns} and {@code XmlSigner}.
 *
 * <p>Like every package of the stub, it is written independently of clave-sp-core on purpose: the
 * stub implements the gateway side of the same contract, so where it needs a helper core also has
 * (XML navigation, a secure parser, signatures, identifier checks, escaping), it keeps its own
 * copy, and each side checks the other instead of sharing a misreading.
 */
package es.clave.stub.xml;
