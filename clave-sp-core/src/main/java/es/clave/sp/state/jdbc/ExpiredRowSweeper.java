package es.clave.sp.state.jdbc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deletes expired rows of one table, off the login path. Reads already ignore expired rows, so
 * sweeping is only housekeeping: writes call {@link #maybeSweep()}, which at most once per interval
 * hands a sweep to a single background thread and returns at once. A sweep deletes in small
 * batches (short locks) and stops after a bounded number of them; a failure is logged and retried
 * at the next interval, never surfaced to a login.
 */
final class ExpiredRowSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiredRowSweeper.class);

    /** Batches per sweep: enough for a busy interval, small enough to stay short. */
    static final int MAX_BATCHES_PER_SWEEP = 20;

    private final JdbcExecutor db;
    private final JdbcKeyTable table;
    private final Clock clock;
    private final long intervalMillis;
    private final int batchSize;
    private final AtomicLong nextSweepAt;
    private final ThreadPoolExecutor worker;

    ExpiredRowSweeper(JdbcExecutor db, JdbcKeyTable table, Clock clock, Duration interval, int batchSize) {
        this.db = db;
        this.table = table;
        this.clock = clock;
        this.intervalMillis = interval.toMillis();
        this.batchSize = batchSize;
        this.nextSweepAt = new AtomicLong(clock.millis() + intervalMillis);
        // no thread while idle; one at most; a sweep requested while one runs is dropped
        this.worker = new ThreadPoolExecutor(0, 1, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "clave-state-sweeper");
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.DiscardPolicy());
    }

    /** Starts a background sweep if the interval has passed since the last one; never blocks. */
    void maybeSweep() {
        long now = clock.millis();
        long due = nextSweepAt.get();
        if (now >= due && nextSweepAt.compareAndSet(due, now + intervalMillis)) {
            try {
                worker.execute(this::sweepQuietly);
            } catch (RejectedExecutionException e) {
                LOG.debug("sweep of {} skipped: worker busy", db.storeName());
            }
        }
    }

    /**
     * Deletes expired rows now, on the calling thread.
     *
     * @return how many rows were deleted
     */
    int sweepNow() throws SQLException {
        long now = clock.millis();
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_SWEEP; batch++) {
            int deleted = db.runOrThrow((executor, c) -> table.sweep(executor, c, now, batchSize));
            total += deleted;
            if (deleted < batchSize) {
                break;
            }
        }
        return total;
    }

    private void sweepQuietly() {
        try {
            int deleted = sweepNow();
            LOG.debug("swept {} expired rows from the {}", deleted, db.storeName());
        } catch (SQLException | RuntimeException e) {
            LOG.warn("sweeping expired rows from the {} failed; will retry in {} ms: {}", db.storeName(),
                    intervalMillis, e.toString());
        }
    }
}
