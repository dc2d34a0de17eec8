package es.clave.sp.state;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides when a store sweeps its expired entries: every {@code interval} writes, by one thread at
 * a time. Other writers never wait for a sweep; they skip it.
 */
final class Housekeeping {
    private final long interval;
    private final AtomicLong writes = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean();

    Housekeeping(long interval) {
        this.interval = interval;
    }

    /** Counts one write and runs {@code sweep} when it is due and no other thread is sweeping. */
    void afterWrite(Runnable sweep) {
        if (writes.incrementAndGet() % interval == 0) {
            runExclusively(sweep);
        }
    }

    /** Runs {@code sweep} unless another thread is already sweeping. */
    void runExclusively(Runnable sweep) {
        if (running.compareAndSet(false, true)) {
            try {
                sweep.run();
            } finally {
                running.set(false);
            }
        }
    }
}
