package es.clave.sp.load.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What a scenario's script did and when: the fault window and notes, relative to the scenario's start. */
public final class Timeline {

    private final long origin = System.nanoTime();
    private final List<String> events = new ArrayList<>();
    private long faultStart = -1;
    private long faultEnd = -1;

    /** Marks the start of the fault. */
    public synchronized void faultStarts(String what) {
        faultStart = System.nanoTime();
        note("fault: " + what);
    }

    /** Marks the end of the fault: from here on the system must recover by itself. */
    public synchronized void faultEnds(String what) {
        faultEnd = System.nanoTime();
        note("fault over: " + what);
    }

    /** Writes a line in the scenario's log. */
    public synchronized void note(String what) {
        events.add(String.format("%6.1f s  %s", (System.nanoTime() - origin) / 1e9, what));
    }

    /** Waits. */
    public void sleep(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis());
    }

    /** @return {@code System.nanoTime()} at the start of the fault, or -1 */
    public synchronized long faultStart() {
        return faultStart;
    }

    /** @return {@code System.nanoTime()} at the end of the fault, or -1 */
    public synchronized long faultEnd() {
        return faultEnd;
    }

    /** @return the nanoTime the scenario started */
    public long origin() {
        return origin;
    }

    /** @return the log */
    public synchronized List<String> events() {
        return List.copyOf(events);
    }
}
