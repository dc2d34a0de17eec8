package es.clave.sp.load.scenario;

import es.clave.sp.load.journey.Citizen;
import es.clave.sp.load.journey.Journey;
import es.clave.sp.load.journey.JourneyResult;
import es.clave.sp.load.journey.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Virtual users, one thread and one citizen each, running journeys back to back until stopped.
 * Every journey is counted: one still running when the population is collected is counted as lost.
 */
public final class Population {

    private final Journey journey;
    private final List<Citizen> citizens;
    private final List<Thread> threads = new ArrayList<>();
    private final ConcurrentLinkedQueue<JourneyResult> results = new ConcurrentLinkedQueue<>();
    private final Map<Thread, Long> inFlight = new ConcurrentHashMap<>();
    private volatile boolean running = true;

    /**
     * @param journey  the journey every user runs
     * @param citizens who the users are; user {@code i} is {@code citizens.get(i)}
     */
    public Population(Journey journey, List<Citizen> citizens) {
        this.journey = journey;
        this.citizens = citizens;
    }

    /** Starts {@code users} virtual users. */
    public void start(int users) {
        if (users > citizens.size()) {
            throw new IllegalArgumentException(users + " users but only " + citizens.size() + " citizens");
        }
        for (int i = 0; i < users; i++) {
            Citizen citizen = citizens.get(i);
            Thread t = new Thread(() -> loop(citizen), "virtual-user-" + citizen.id());
            t.setDaemon(true);
            threads.add(t);
        }
        // a 2 s ramp rather than 120 logins in the same millisecond
        for (Thread t : threads) {
            t.start();
            try {
                Thread.sleep(2_000 / Math.max(1, users));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** @return how many journeys have ended so far */
    public int ended() {
        return results.size();
    }

    /** @return how many journeys started at or after {@code nanos} have ended */
    public long endedStartingAfter(long nanos) {
        return results.stream().filter(r -> r.startNanos() >= nanos).count();
    }

    /**
     * Stops starting journeys and waits for those under way.
     *
     * @param bound how long to wait; a journey still running then is counted as lost
     * @return every journey of this population
     */
    public List<JourneyResult> stop(Duration bound) throws InterruptedException {
        running = false;
        long deadline = System.nanoTime() + bound.toNanos();
        for (Thread t : threads) {
            t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        List<JourneyResult> all = new ArrayList<>(results);
        inFlight.forEach((thread, started) -> all.add(new JourneyResult(new Citizen(thread.getName(), "?"), Outcome.LOST,
                "still running " + bound + " after the population stopped", JourneyResult.Step.HOME, "-", "-", started,
                System.nanoTime(), List.of(), null)));
        threads.forEach(Thread::interrupt);
        return all;
    }

    private void loop(Citizen citizen) {
        while (running) {
            inFlight.put(Thread.currentThread(), System.nanoTime());
            JourneyResult r;
            try {
                r = journey.run(citizen);
            } catch (InterruptedException e) {
                return;  // only after stop(): the journey is then counted as lost there
            }
            results.add(r);
            inFlight.remove(Thread.currentThread());
        }
    }
}
