package es.clave.sp.response;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.state.ReplayCache;

import java.time.Instant;

/**
 * RSP-11 / SEC-P2: the Response ID and the Assertion ID are each accepted once, remembered until
 * the assertion's NotOnOrAfter plus skew, never longer than the maximum validity allows ({@link ValidityCap}). Runs after every other check of the message so that
 * invalid messages cannot fill the cache; a cache failure fails closed.
 */
final class ReplayCheck implements ResponseCheck {
    /** Replay-cache namespace of Response IDs. */
    static final String RESPONSE = "response";
    /** Replay-cache namespace of Assertion IDs. */
    static final String ASSERTION = "assertion";

    private final ReplayCache cache;

    ReplayCheck(ReplayCache cache) {
        this.cache = cache;
    }

    @Override
    public void apply(ResponseContext ctx) {
        Instant expiresAt = ValidityCap.rememberUntil(ctx);
        firstSeenOrFail(cache, RESPONSE, ctx.responseId, expiresAt);
        firstSeenOrFail(cache, ASSERTION, ctx.assertionId, expiresAt);
    }

    /** Records {@code id}; throws REPLAYED when it was seen before, STATE_UNAVAILABLE when the cache fails. */
    static void firstSeenOrFail(ReplayCache cache, String namespace, String id, Instant expiresAt) {
        boolean first;
        try {
            first = cache.firstSeen(namespace, id, expiresAt);
        } catch (ClaveAuthenticationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ClaveAuthenticationException(ClaveError.STATE_UNAVAILABLE, "the replay cache failed", e);
        }
        if (!first) {
            throw Failures.fail(ClaveError.REPLAYED, namespace + " ID '" + id + "' has been seen before");
        }
    }
}
