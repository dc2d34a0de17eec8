/**
 * Pending logins and the replay cache in tables of the application's own database, shared by every
 * node (RSP-11, SEC-P2).
 *
 * <p>Public API: {@code JdbcStateStores}, {@code JdbcPendingLoginStore}, {@code JdbcReplayCache},
 * {@code JdbcSchema} (table creation or checking, with a prefix) and {@code SqlDialect}. A primary
 * key decides which of two concurrent inserts wins, and a delete that returns a row is the
 * consume-once take; expired rows are swept in the background. Statement execution and the sweeper
 * are internal. See {@code docs/state-stores.md} in the repository.
 */
package es.clave.sp.state.jdbc;
