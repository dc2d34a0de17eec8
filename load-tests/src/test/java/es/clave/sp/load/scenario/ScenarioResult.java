package es.clave.sp.load.scenario;

import es.clave.sp.load.journey.JourneyResult;
import es.clave.sp.load.journey.Outcome;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The journeys of one scenario and what they add up to.
 *
 * @param name        the scenario
 * @param store       the shared store ({@code jdbc} or {@code redis})
 * @param users       concurrent virtual users
 * @param journeys    every journey
 * @param timeline    the script's log and fault window
 * @param wallNanos   how long the scenario ran
 * @param loadBefore  /proc/loadavg before
 * @param loadAfter   and after
 */
public record ScenarioResult(String name, String store, int users, List<JourneyResult> journeys, Timeline timeline,
                             long wallNanos, String loadBefore, String loadAfter) {

    /** @return journeys per outcome */
    public Map<Outcome, Long> outcomes() {
        Map<Outcome, Long> out = new EnumMap<>(Outcome.class);
        journeys.forEach(j -> out.merge(j.outcome(), 1L, Long::sum));
        return out;
    }

    /** @return how many journeys ended with {@code outcome} */
    public long count(Outcome outcome) {
        return journeys.stream().filter(j -> j.outcome() == outcome).count();
    }

    /** @return failed journeys per {@code ClaveError} (and other non-successes per reason) */
    public Map<String, Long> failures() {
        return journeys.stream().filter(j -> j.outcome() != Outcome.SUCCEEDED)
                .collect(Collectors.groupingBy(j -> j.outcome() == Outcome.FAILED ? j.detail() : j.outcome() + " " + j.detail(),
                        TreeMap::new, Collectors.counting()));
    }

    /** @return ended journeys per second */
    public double throughput() {
        return journeys.size() / (wallNanos / 1e9);
    }

    /** @return wall time of the successful journeys */
    public Percentiles journeyLatency() {
        return Percentiles.of(journeys.stream().filter(j -> j.outcome() == Outcome.SUCCEEDED).map(JourneyResult::millis).toList());
    }

    /** @return latency of every request of the successful journeys matching {@code which} */
    public Percentiles requestLatency(Predicate<JourneyResult> which) {
        List<Double> ms = new ArrayList<>();
        journeys.stream().filter(j -> j.outcome() == Outcome.SUCCEEDED).filter(which)
                .forEach(j -> j.requestNanos().forEach(n -> ms.add(n / 1e6)));
        return Percentiles.of(ms);
    }

    /** @return journeys whose ACS post went to the other node than the login start */
    public long crossNode() {
        return journeys.stream().filter(JourneyResult::crossedNodes).count();
    }

    /** @return journeys under way when the fault started */
    public long midJourneyAtFault() {
        long start = timeline.faultStart();
        return start < 0 ? 0 : journeys.stream().filter(j -> j.spans(start)).count();
    }

    /** @return a one-line summary */
    public String summary() {
        return String.format("%s [%s, %d users]: %d journeys in %.1f s (%.1f/s), %s; failures %s; journey %s; cross-node %d;"
                        + " mid-journey at fault %d; load %s -> %s",
                name, store, users, journeys.size(), wallNanos / 1e9, throughput(), outcomes(), failures(), journeyLatency(),
                crossNode(), midJourneyAtFault(), loadBefore, loadAfter);
    }
}
