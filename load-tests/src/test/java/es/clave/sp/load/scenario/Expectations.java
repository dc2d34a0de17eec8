package es.clave.sp.load.scenario;

import es.clave.sp.load.journey.JourneyResult;
import es.clave.sp.load.journey.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a scenario must show, whatever the fault: no lost journey, no wrong identity, nothing
 * unexpected; failures only of the kinds the fault explains, only around the fault window, each
 * ended within a bound; enough journeys under way when the fault struck; and, once the fault is
 * over and the system had {@code settle} to notice, every new journey succeeds, without restarting
 * anything.
 */
public final class Expectations {

    /**
     * The longest a failing journey may take. The stores' timeouts (2-3 s) and the balancer's are
     * far below it; the margin is for a 2-core machine shared with other builds, where an honest
     * journey alone can take tens of seconds.
     */
    public static final Duration FAILURE_BOUND = Duration.ofSeconds(90);

    private Set<String> allowedErrors = Set.of();
    private Set<Outcome> allowedOutcomes = EnumSet.of(Outcome.SUCCEEDED, Outcome.FAILED);
    // the pools notice a restarted store on their next borrow; a busy machine needs seconds for that
    private Duration settle = Duration.ofSeconds(10);
    private int minMidJourney = 100;
    private int minRecovered = 50;

    /** @return expectations for a scenario in which nothing may fail */
    public static Expectations nothingFails() {
        return new Expectations();
    }

    /** Allows failed journeys with these {@code ClaveError}s (around the fault only). */
    public Expectations allowErrors(String... codes) {
        allowedErrors = Set.of(codes);
        return this;
    }

    /** Allows these other outcomes (around the fault only). */
    public Expectations allow(Outcome... outcomes) {
        allowedOutcomes.addAll(List.of(outcomes));
        return this;
    }

    /** Time the system gets after the fault ends before every journey must succeed again. */
    public Expectations settle(Duration d) {
        settle = d;
        return this;
    }

    /** The fewest journeys that must be under way when the fault strikes. */
    public Expectations minMidJourney(int n) {
        minMidJourney = n;
        return this;
    }

    /** The fewest journeys that must start after the settle time (and all succeed). */
    public Expectations minRecovered(int n) {
        minRecovered = n;
        return this;
    }

    /** @return the journeys that must all succeed: started after the fault ended plus the settle time */
    public long recoveredFrom(ScenarioResult r) {
        return r.timeline().faultEnd() < 0 ? r.timeline().origin() : r.timeline().faultEnd() + settle.toNanos();
    }

    /** @return every way {@code r} breaks these expectations (empty when it meets them) */
    public List<String> violations(ScenarioResult r) {
        List<String> out = new ArrayList<>();
        long faultStart = r.timeline().faultStart();
        long recovered = recoveredFrom(r);
        long afterRecovery = 0;
        for (JourneyResult j : r.journeys()) {
            String who = j.citizen().id() + " at " + j.step() + " (" + j.detail() + ")";
            switch (j.outcome()) {
                case LOST, WRONG_IDENTITY, UNEXPECTED -> out.add(j.outcome() + ": " + who);
                default -> { }
            }
            if (j.outcome() != Outcome.SUCCEEDED) {
                if (!allowedOutcomes.contains(j.outcome())) {
                    out.add("outcome " + j.outcome() + " not explained by this fault: " + who);
                } else if (j.outcome() == Outcome.FAILED && !allowedErrors.contains(j.detail())) {
                    out.add("error " + j.detail() + " not explained by this fault: " + who);
                }
                if (faultStart < 0 || j.endNanos() < faultStart || j.startNanos() > recovered) {
                    out.add("failure outside the fault window: " + who);
                }
                if (j.millis() > FAILURE_BOUND.toMillis()) {
                    out.add(String.format("failure took %.0f ms, over the %s bound: %s", j.millis(), FAILURE_BOUND, who));
                }
            }
            if (j.startNanos() >= recovered && r.timeline().faultEnd() >= 0) {
                afterRecovery++;
            }
        }
        if (faultStart >= 0 && r.midJourneyAtFault() < minMidJourney) {
            out.add("only " + r.midJourneyAtFault() + " journeys under way when the fault struck (want " + minMidJourney + ")");
        }
        if (r.timeline().faultEnd() >= 0 && afterRecovery < minRecovered) {
            out.add("only " + afterRecovery + " journeys started after recovery (want " + minRecovered + ")");
        }
        return out;
    }
}
