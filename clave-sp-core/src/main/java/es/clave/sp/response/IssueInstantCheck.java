package es.clave.sp.response;

import es.clave.sp.error.ClaveError;

import java.time.Duration;
import java.time.Instant;

/**
 * RSP-10 / SEC-P5: the Response and Assertion IssueInstants lie within
 * [request IssueInstant − skew, now + skew] and are not older than the maximum response age.
 */
final class IssueInstantCheck implements ResponseCheck {
    @Override
    public void apply(ResponseContext ctx) {
        check(ctx, ctx.responseIssueInstant, "Response");
        check(ctx, ctx.assertionIssueInstant, "Assertion");
    }

    private static void check(ResponseContext ctx, Instant issued, String what) {
        Duration skew = ctx.config.clockSkew();
        Instant requested = ctx.pending.issuedAt();
        if (requested != null && issued.isBefore(requested.minus(skew))) {
            throw Failures.fail(ClaveError.ISSUE_INSTANT_OUT_OF_RANGE, what + " IssueInstant " + issued
                    + " is before the request (" + requested + ")");
        }
        if (issued.isAfter(ctx.now.plus(skew))) {
            throw Failures.fail(ClaveError.ISSUE_INSTANT_OUT_OF_RANGE, what + " IssueInstant " + issued + " is in the future");
        }
        if (issued.isBefore(ctx.now.minus(ctx.config.maxResponseAge()).minus(skew))) {
            throw Failures.fail(ClaveError.ISSUE_INSTANT_OUT_OF_RANGE, what + " IssueInstant " + issued
                    + " is older than the maximum response age " + ctx.config.maxResponseAge());
        }
    }
}
