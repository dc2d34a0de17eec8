/**
 * JUnit 5 support: {@code ClaveStubExtension}, registered with {@code @RegisterExtension}, and the
 * {@code @WithClaveStub} annotation, which start a stub on a random port for a test class or a
 * test and clear its recorded exchanges and queued scripts before each test.
 *
 * <p>Public API. JUnit is an optional dependency of the stub: these classes are usable only when
 * the test class path has JUnit Jupiter.
 *
 * <p>Like every package of the stub, it is written independently of clave-sp-core on purpose: the
 * stub implements the gateway side of the same contract, so where it needs a helper core also has
 * (XML navigation, a secure parser, signatures, identifier checks, escaping), it keeps its own
 * copy, and each side checks the other instead of sharing a misreading.
 */
package es.clave.stub.junit;
