package es.clave.sp.state.jdbc;

import es.clave.sp.login.PendingLogin;
import es.clave.sp.state.PendingLoginCodec;
import es.clave.sp.state.PendingLoginStore;
import es.clave.sp.state.RelayStateKeys;
import es.clave.sp.state.StateStoreFailures;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Pending logins in a database table shared by all nodes ({@code <prefix>pending_login}). The
 * record is stored in {@link PendingLoginCodec}'s text form; {@link #take} deletes and returns it
 * in one atomic step, so a login completes at most once even when the same response reaches
 * several nodes. Build it with {@link JdbcStateStores}.
 */
public final class JdbcPendingLoginStore implements PendingLoginStore {

    /** Longest encoded record the payload column holds (the portable DDL's VARCHAR(4000)). */
    public static final int MAX_PAYLOAD_LENGTH = 4000;

    private final JdbcExecutor db;
    private final JdbcKeyTable table;
    private final Clock clock;
    private final ExpiredRowSweeper sweeper;

    JdbcPendingLoginStore(JdbcExecutor db, JdbcKeyTable table, Clock clock, ExpiredRowSweeper sweeper) {
        this.db = db;
        this.table = table;
        this.clock = clock;
        this.sweeper = sweeper;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the RelayState is empty or longer than {@link RelayStateKeys#MAX_LENGTH},
     *                                  the ttl is not positive, or the record exceeds {@link #MAX_PAYLOAD_LENGTH}
     * @throws IllegalStateException    when a live pending login already uses this RelayState
     */
    @Override
    public void put(PendingLogin pending, Duration ttl) {
        RelayStateKeys.requireStorable(pending, ttl);
        String payload = PendingLoginCodec.encode(pending);
        if (payload.length() > MAX_PAYLOAD_LENGTH) {
            throw new IllegalArgumentException("pending login encodes to " + payload.length()
                    + " characters, more than the " + MAX_PAYLOAD_LENGTH + " the table holds (is returnTo too long?)");
        }
        long now = clock.millis();
        boolean stored = db.run("put", (executor, c) ->
                table.insertUnlessLive(executor, c, pending.relayState(), payload, now + ttl.toMillis(), now));
        if (!stored) {
            throw new IllegalStateException("a live pending login already uses this RelayState; RelayState values must be unique");
        }
        sweeper.maybeSweep();
    }

    @Override
    public Optional<PendingLogin> take(String relayState) {
        if (!RelayStateKeys.storable(relayState)) {
            return Optional.empty(); // never stored: no need to ask the database
        }
        Optional<JdbcKeyTable.Row> row = db.run("take", (executor, c) -> table.take(executor, c, relayState));
        if (row.isEmpty() || row.get().expiresAt() <= clock.millis()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PendingLoginCodec.decode(row.get().payload()));
        } catch (IllegalArgumentException e) {
            throw StateStoreFailures.unavailable(db.storeName(), "take (unreadable record)", e);
        }
    }

    /** Deletes expired rows now; normally done in the background. @return rows deleted */
    int sweepNow() throws java.sql.SQLException {
        return sweeper.sweepNow();
    }
}
