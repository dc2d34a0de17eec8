/**
 * JMH benchmarks and paired thread-CPU harnesses of the hot paths ({@code startLogin}, {@code
 * finishLogin}, the state stores, the stub, cold start), each measured beside its floor: the
 * cryptography the operation cannot avoid, on the same bytes.
 *
 * <p>Not API. Everything here is BENCHMARK-ONLY: key material is generated at run time, and {@code
 * AcceptAllReplayCache} disables RSP-11 replay protection so one response can be validated again
 * on every iteration; it must never be used anywhere else. Results and commands are in the
 * module's README.
 */
package es.clave.sp.benchmarks;
