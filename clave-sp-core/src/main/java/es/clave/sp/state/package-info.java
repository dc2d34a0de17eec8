/**
 * Where a Service Provider keeps state between the request and the answer: pending logins,
 * consumed once (SEC-P10, SEC-H4), and the replay cache of seen Response and Assertion IDs
 * (RSP-11, SEC-P2).
 *
 * <p>Public API: the {@code PendingLoginStore} and {@code ReplayCache} interfaces, the bounded
 * in-memory defaults for a single node, and {@code StateStores} with {@code StateStoreSettings},
 * which build the engine {@code clave.state.store} selects (memory, {@code jdbc} or {@code
 * redis}). {@code PendingLoginCodec}, {@code RelayStateKeys}, {@code ReplayKeys} and {@code
 * StateStoreFailures} are shared by the engines: a stable wire format, bounded keys, hashed IDs,
 * and failing closed with {@code STATE_UNAVAILABLE} when a store cannot answer.
 */
package es.clave.sp.state;
