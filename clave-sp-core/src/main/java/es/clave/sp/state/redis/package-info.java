/**
 * Pending logins and the replay cache in Redis, shared by every node (RSP-11, SEC-P2).
 *
 * <p>Public API: {@code RedisStateStores}, {@code RedisPendingLoginStore}, {@code
 * RedisReplayCache} and {@code RedisConnections}. The check-and-record of the replay cache is one
 * atomic server-side script (internal), so of two nodes seeing the same ID at once exactly one
 * wins; the take of a pending login is atomic too. Needs the optional Jedis dependency.
 */
package es.clave.sp.state.redis;
