/**
 * A Cl@ve 2.0 gateway stand-in for development and tests: {@link es.clave.stub.ClaveStub} runs on
 * the JDK's HTTP server, shows the citizen's pages with scripted test users, answers with signed
 * (and optionally encrypted) responses, and checks every request against the REQ, LGO and BND
 * rules.
 *
 * <p>Public API: the stub and its builder, {@code ClaveStubMain} (the command line), {@code
 * LoginScript} (scripting the next login), {@code TestUser}, {@code ClaveMethod}, {@code Loa}, and
 * {@code Failure}, the catalogue of answers Cl@ve really gives (RSP-6) and of forged or broken
 * responses a correct SP must refuse, each naming the {@code ClaveError} that clave-sp-core
 * reports for it.
 *
 * <p>Like every package of the stub, it is written independently of clave-sp-core on purpose: the
 * stub implements the gateway side of the same contract, so where it needs a helper core also has
 * (XML navigation, a secure parser, signatures, identifier checks, escaping), it keeps its own
 * copy, and each side checks the other instead of sharing a misreading.
 */
package es.clave.stub;
