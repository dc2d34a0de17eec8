package es.clave.sp.state.jdbc;

import es.clave.sp.state.ReplayCache;
import es.clave.sp.state.ReplayKeys;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Seen message IDs in a database table shared by all nodes ({@code <prefix>replay}), so a
 * Response or Assertion replayed to any node is refused (RSP-11, SEC-P2). The primary key decides:
 * of concurrent first sightings on any number of nodes exactly one insert wins. IDs are stored
 * hashed ({@link ReplayKeys}). Build it with {@link JdbcStateStores}.
 */
public final class JdbcReplayCache implements ReplayCache {

    /** A record always outlives the check that made it by at least this long. */
    static final long MIN_RETENTION_MILLIS = 1_000;

    private final JdbcExecutor db;
    private final JdbcKeyTable table;
    private final Clock clock;
    private final ExpiredRowSweeper sweeper;

    JdbcReplayCache(JdbcExecutor db, JdbcKeyTable table, Clock clock, ExpiredRowSweeper sweeper) {
        this.db = db;
        this.table = table;
        this.clock = clock;
        this.sweeper = sweeper;
    }

    @Override
    public boolean firstSeen(String namespace, String id, Instant expiresAt) {
        Objects.requireNonNull(expiresAt, "expiresAt");
        String key = ReplayKeys.key(namespace, id);
        long now = clock.millis();
        long until = Math.max(expiresAt.toEpochMilli(), now + MIN_RETENTION_MILLIS);
        boolean first = db.run("firstSeen", (executor, c) -> table.insertUnlessLive(executor, c, key, null, until, now));
        sweeper.maybeSweep();
        return first;
    }

    /** Deletes expired rows now; normally done in the background. @return rows deleted */
    int sweepNow() throws java.sql.SQLException {
        return sweeper.sweepNow();
    }
}
