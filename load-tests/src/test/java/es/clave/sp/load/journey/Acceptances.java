package es.clave.sp.load.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Every login the SP accepted (an ACS answer that signs somebody in), by SAML Response ID and by
 * RelayState, over the whole run: honest journeys and replays alike. Any ID accepted twice is a
 * replay that got through (RSP-11, SEC-P2). The latest accepted posts are kept as what an attacker
 * on the wire would have captured.
 */
public final class Acceptances {

    private static final int CAPTURED = 256;

    private final Map<String, List<String>> byResponseId = new ConcurrentHashMap<>();
    private final Map<String, List<String>> byRelayState = new ConcurrentHashMap<>();
    private final AtomicReferenceArray<AcsPost> captured = new AtomicReferenceArray<>(CAPTURED);
    private final AtomicInteger capturedCount = new AtomicInteger();

    /** Records that {@code who} got {@code post} accepted. */
    public void accepted(AcsPost post, String who) {
        byResponseId.computeIfAbsent(post.responseId(), k -> new ArrayList<>());
        byResponseId.computeIfPresent(post.responseId(), (k, v) -> { v.add(who); return v; });
        String relayState = post.fields().getOrDefault("RelayState", "?");
        byRelayState.computeIfAbsent(relayState, k -> new ArrayList<>());
        byRelayState.computeIfPresent(relayState, (k, v) -> { v.add(who); return v; });
        captured.set(Math.floorMod(capturedCount.getAndIncrement(), CAPTURED), post);
    }

    /** @return one of the latest accepted logins, as captured on the wire, if any yet */
    public Optional<AcsPost> captured() {
        int n = Math.min(capturedCount.get(), CAPTURED);
        return n == 0 ? Optional.empty() : Optional.ofNullable(captured.get(ThreadLocalRandom.current().nextInt(n)));
    }

    /** @return how many logins were accepted */
    public int total() {
        return byResponseId.values().stream().mapToInt(List::size).sum();
    }

    /** @return every Response ID or RelayState accepted more than once, with who got it accepted */
    public List<String> doubles() {
        List<String> out = new ArrayList<>();
        byResponseId.forEach((id, who) -> {
            if (who.size() > 1) {
                out.add("Response " + id + " accepted " + who.size() + " times: " + who);
            }
        });
        byRelayState.forEach((rs, who) -> {
            if (who.size() > 1) {
                out.add("RelayState " + rs + " accepted " + who.size() + " times: " + who);
            }
        });
        return out;
    }
}
