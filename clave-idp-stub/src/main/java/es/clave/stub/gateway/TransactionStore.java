package es.clave.stub.gateway;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Logins waiting for the citizen, bounded and expiring (a forgotten browser tab costs nothing). */
final class TransactionStore {

    private static final int CAPACITY = 1000;
    private static final Duration LIFETIME = Duration.ofMinutes(30);

    private final Map<String, LoginTransaction> byId = new LinkedHashMap<>();

    synchronized void put(LoginTransaction tx) {
        byId.put(tx.id(), tx);
        while (byId.size() > CAPACITY) {
            byId.remove(byId.keySet().iterator().next());
        }
    }

    /** @return the transaction, if it exists and has not expired */
    synchronized Optional<LoginTransaction> get(String id, Instant now) {
        LoginTransaction tx = byId.get(id);
        if (tx == null || tx.createdAt().plus(LIFETIME).isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(tx);
    }

    /** Removes and returns the transaction: each login is answered once. */
    synchronized Optional<LoginTransaction> take(String id, Instant now) {
        Optional<LoginTransaction> tx = get(id, now);
        tx.ifPresent(t -> byId.remove(id));
        return tx;
    }
}
