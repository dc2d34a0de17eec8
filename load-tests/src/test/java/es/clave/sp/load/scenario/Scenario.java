package es.clave.sp.load.scenario;

import es.clave.sp.load.journey.Citizen;
import es.clave.sp.load.journey.Journey;
import es.clave.sp.load.journey.JourneyResult;
import java.time.Duration;
import java.util.List;

/**
 * Runs one scenario: a population of virtual users logging in while a script injects a fault and
 * ends it; then, once enough journeys have started after the fault (bounded in time), collects
 * every journey.
 */
public final class Scenario {

    /** The fault injection of a scenario; runs while the users log in. */
    @FunctionalInterface
    public interface Script {
        /** Injects and ends the fault, marking both on the timeline. */
        void run(Timeline timeline, Population users) throws Exception;
    }

    /** The longest the runner waits for journeys still under way once it stops the users. */
    public static final Duration DRAIN = Duration.ofSeconds(60);

    private final Journey journey;
    private final List<Citizen> citizens;
    private final String store;

    /**
     * @param journey  the journey every user runs
     * @param citizens the citizens, one per user
     * @param store    the store the nodes share, for the report
     */
    public Scenario(Journey journey, List<Citizen> citizens, String store) {
        this.journey = journey;
        this.citizens = citizens;
        this.store = store;
    }

    /**
     * @param name         the scenario's name
     * @param users        concurrent virtual users
     * @param script       the fault
     * @param expectations what must hold (gives the recovery point)
     * @param afterFault   journeys that must have started after the recovery point before stopping
     * @param minJourneys  journeys that must have ended before stopping
     * @param maxAfter     the longest wait for both, after the script
     */
    public ScenarioResult run(String name, int users, Script script, Expectations expectations, int afterFault,
                              int minJourneys, Duration maxAfter) throws Exception {
        String loadBefore = LoadAverage.now();
        Timeline timeline = new Timeline();
        Population population = new Population(journey, citizens);
        population.start(users);
        timeline.note(users + " users started");
        try {
            script.run(timeline, population);
        } catch (Exception | AssertionError e) {
            population.stop(DRAIN);
            throw e;
        }
        long deadline = System.nanoTime() + maxAfter.toNanos();
        ScenarioResult partial = new ScenarioResult(name, store, users, List.of(), timeline, 0, loadBefore, "");
        long from = expectations.recoveredFrom(partial);
        while ((population.endedStartingAfter(from) < afterFault || population.ended() < minJourneys)
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        timeline.note("stopping: " + population.ended() + " journeys ended");
        List<JourneyResult> journeys = population.stop(DRAIN);
        long wall = System.nanoTime() - timeline.origin();
        return new ScenarioResult(name, store, users, journeys, timeline, wall, loadBefore, LoadAverage.now());
    }
}
