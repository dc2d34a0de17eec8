/**
 * A minimal JSON writer for the stub's HTTP API: maps, collections, strings, numbers, booleans and
 * null, with correct string escaping.
 *
 * <p>Public API: {@code Json}. Kept here so the stub needs no JSON library on an adopter's test
 * class path.
 *
 * <p>Like every package of the stub, it is written independently of clave-sp-core on purpose: the
 * stub implements the gateway side of the same contract, so where it needs a helper core also has
 * (XML navigation, a secure parser, signatures, identifier checks, escaping), it keeps its own
 * copy, and each side checks the other instead of sharing a misreading.
 */
package es.clave.stub.json;
