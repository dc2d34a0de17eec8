package es.clave.sp.load.infra;

import java.util.List;
import java.util.Map;

/** How a {@link Forwarder} picks its upstream for a request, and what it adds to the answer. */
public interface Routing {

    /**
     * @param cookies the request's cookies by name
     * @return the upstreams to try, in order: the next one is tried when one refuses the connection
     */
    List<Upstream> candidates(Map<String, String> cookies);

    /**
     * @param cookies  the request's cookies by name
     * @param answered the upstream that answered
     * @return extra {@code Set-Cookie} values for the answer (none by default)
     */
    default List<String> setCookies(Map<String, String> cookies, Upstream answered) {
        return List.of();
    }

    /** @return routing to {@code upstream} only */
    static Routing single(Upstream upstream) {
        return cookies -> List.of(upstream);
    }
}
