package es.clave.sp.load.infra;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The faults a {@link Forwarder} in front of the gateway stub injects, switched while the load
 * runs: the certificate feed ({@code /Proxy2/Certificates}) answering 500 or never answering, and
 * a share of the stub's other answers delayed.
 */
public final class FaultPlan {

    /** What the feed does. */
    public enum Feed {
        /** forwarded to the stub */
        NORMAL,
        /** {@code 500 Internal Server Error} at once */
        ERROR_500,
        /** no answer until the client gives up (bounded by {@link #HANG_LIMIT}) */
        HANG
    }

    /** A hanging request is released after this long, so nothing waits forever. */
    public static final Duration HANG_LIMIT = Duration.ofSeconds(30);
    private static final String FEED_PATH = "/Proxy2/Certificates";

    private volatile Feed feed = Feed.NORMAL;
    private volatile double slowShare;
    private volatile Duration slowDelay = Duration.ZERO;
    private final AtomicLong feedRequests = new AtomicLong();
    private final AtomicLong feedFaults = new AtomicLong();
    private final AtomicLong delayed = new AtomicLong();

    /** Sets what the feed does from now on. */
    public void feed(Feed mode) {
        this.feed = mode;
    }

    /** Delays {@code share} (0..1) of the stub's non-feed answers by {@code delay}; 0 switches it off. */
    public void slow(double share, Duration delay) {
        this.slowDelay = delay;
        this.slowShare = share;
    }

    /** @return feed requests seen, faulted ones, and delayed answers, for the report */
    public String counters() {
        return "feed requests " + feedRequests.get() + " (" + feedFaults.get() + " faulted), delayed answers " + delayed.get();
    }

    /** @return how many feed requests were answered with a fault */
    public long feedFaults() {
        return feedFaults.get();
    }

    /** @return how many answers were delayed */
    public long delayedAnswers() {
        return delayed.get();
    }

    /**
     * Applies the plan to one request before it is forwarded: may wait, or answer instead of the stub.
     *
     * @return the status to answer with instead of forwarding, if any
     */
    Optional<Integer> before(String path) throws InterruptedException {
        if (FEED_PATH.equals(path)) {
            feedRequests.incrementAndGet();
            Feed mode = feed;
            if (mode == Feed.ERROR_500) {
                feedFaults.incrementAndGet();
                return Optional.of(500);
            }
            if (mode == Feed.HANG) {
                feedFaults.incrementAndGet();
                long deadline = System.nanoTime() + HANG_LIMIT.toNanos();
                while (feed == Feed.HANG && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                return Optional.of(504);
            }
            return Optional.empty();
        }
        double share = slowShare;
        if (share > 0 && ThreadLocalRandom.current().nextDouble() < share) {
            delayed.incrementAndGet();
            Thread.sleep(slowDelay.toMillis());
        }
        return Optional.empty();
    }
}
