package es.clave.sp.load.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Round robin for new visitors, then session affinity through a {@code SameSite=Lax} cookie
 * inserted by the balancer (HAProxy's {@code cookie ... insert}), the usual set-up for applications
 * whose HTTP sessions live in one node's memory.
 *
 * <p>The gateway's POST to the ACS is a cross-site request, so the browser does not send this Lax
 * cookie with it: the ACS lands on whichever node the round robin gives, and the node that started
 * the login is found only through the shared state store. That is what the load test exercises. A
 * node that refuses connections is skipped (redispatch).
 */
public final class StickyRoundRobin implements Routing {

    /** The affinity cookie's name. */
    public static final String COOKIE = "LB_NODE";

    private final List<Upstream> nodes;
    private final AtomicInteger next = new AtomicInteger();

    /** @param nodes the nodes, in a fixed order */
    public StickyRoundRobin(List<Upstream> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    @Override
    public List<Upstream> candidates(Map<String, String> cookies) {
        int first = affinity(cookies);
        if (first < 0) {
            first = Math.floorMod(next.getAndIncrement(), nodes.size());
        }
        List<Upstream> order = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            order.add(nodes.get((first + i) % nodes.size()));
        }
        return order;
    }

    @Override
    public List<String> setCookies(Map<String, String> cookies, Upstream answered) {
        int index = nodes.indexOf(answered);
        if (index == affinity(cookies)) {
            return List.of();
        }
        return List.of(COOKIE + "=" + index + "; Path=/; HttpOnly; SameSite=Lax");
    }

    private int affinity(Map<String, String> cookies) {
        String value = cookies.get(COOKIE);
        if (value == null || !value.matches("\\d{1,2}")) {
            return -1;
        }
        int index = Integer.parseInt(value);
        return index < nodes.size() ? index : -1;
    }
}
