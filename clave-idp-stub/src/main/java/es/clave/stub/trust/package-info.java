/**
 * Keys and trust of the stub: the SPs it knows by SP code and registered certificate (BND-5) and
 * the encryption certificates of SPs whose assertions it encrypts (RSP-3), its own generated keys,
 * and loading of configured keys and certificates.
 *
 * <p>Public API: {@code SpRegistry}, {@code StubKeys} (RSA 2048 keys with self-signed
 * certificates, generated once per JVM and name), {@code KeyFiles} and {@code Certificates}.
 *
 * <p>Like every package of the stub, it is written independently of clave-sp-core on purpose: the
 * stub implements the gateway side of the same contract, so where it needs a helper core also has
 * (XML navigation, a secure parser, signatures, identifier checks, escaping), it keeps its own
 * copy, and each side checks the other instead of sharing a misreading.
 */
package es.clave.stub.trust;
