package es.clave.sp.load.journey;

import java.util.List;

/**
 * One journey, counted.
 *
 * @param citizen      who logged in
 * @param outcome      how it ended
 * @param detail       the {@code ClaveError} for {@link Outcome#FAILED}, the balancer's reason, or what was unexpected
 * @param step         the step it ended at
 * @param startNode    the node that started the login
 * @param acsNode      the node that received the ACS post, or {@code -} when it did not get there
 * @param startNanos   {@code System.nanoTime()} at the start
 * @param endNanos     and at the end
 * @param requestNanos how long each request took
 * @param captured     the ACS post of a successful journey (what an attacker on the wire would have)
 */
public record JourneyResult(Citizen citizen, Outcome outcome, String detail, Step step, String startNode, String acsNode,
                            long startNanos, long endNanos, List<Long> requestNanos, AcsPost captured) {

    /** The steps of a journey. */
    public enum Step { HOME, LOGIN, GATEWAY, METHOD, USER, ACS, PROTECTED }

    /** @return the journey's wall time in milliseconds */
    public double millis() {
        return (endNanos - startNanos) / 1e6;
    }

    /** @return whether the journey was under way at {@code nanos} */
    public boolean spans(long nanos) {
        return startNanos <= nanos && nanos <= endNanos;
    }

    /** @return whether the ACS post went to another node than the login start */
    public boolean crossedNodes() {
        return !"-".equals(acsNode) && !acsNode.equals(startNode);
    }
}
