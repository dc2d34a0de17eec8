package es.clave.sp.state;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the entries of a bounded store exactly, also under concurrency: a slot is reserved before
 * an entry is inserted and released when one is removed, so the store never exceeds its bound.
 */
final class Capacity {
    private final int max;
    private final AtomicInteger used = new AtomicInteger();

    Capacity(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, was " + max);
        }
        this.max = max;
    }

    /** @return true when a slot was reserved; false when the store is full */
    boolean tryReserve() {
        while (true) {
            int current = used.get();
            if (current >= max) {
                return false;
            }
            if (used.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    /** Takes a slot even when full; for the rare case where waiting would only spin. */
    void forceReserve() {
        used.incrementAndGet();
    }

    /** Gives back a slot whose entry was removed, or a reservation that was not used. */
    void release() {
        used.decrementAndGet();
    }

    /** @return the number of slots in use */
    int used() {
        return used.get();
    }

    /** @return the bound */
    int max() {
        return max;
    }
}
