package es.clave.sp.benchmarks;

import es.clave.sp.state.ReplayCache;

import java.time.Instant;

/**
 * BENCHMARK-ONLY replay cache that accepts every ID, so one response can be validated again on
 * every JMH iteration. Never use it anywhere else: it disables RSP-11 replay protection.
 */
final class AcceptAllReplayCache implements ReplayCache {
    @Override
    public boolean firstSeen(String namespace, String id, Instant expiresAt) {
        return true;
    }
}
