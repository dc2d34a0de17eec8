package es.clave.sp.response;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;

import java.time.Instant;

/**
 * SEC-P5: no validity window of an assertion reaches further than
 * {@code clave.validation.max-validity} after the assertion's IssueInstant, so a signed assertion
 * "valid until 2999" is refused, and the replay cache is never asked to remember an ID longer than
 * that cap plus the clock skew.
 */
final class ValidityCap {
    private ValidityCap() {
    }

    /** @return the failure when {@code notOnOrAfter} lies beyond the cap, otherwise null */
    static ClaveAuthenticationException exceeded(ResponseContext ctx, Instant notOnOrAfter, String what) {
        Instant limit = latest(ctx);
        if (!notOnOrAfter.isAfter(limit)) {
            return null;
        }
        return Failures.fail(ClaveError.VALIDITY_TOO_LONG, what + " NotOnOrAfter " + notOnOrAfter + " lies more than "
                + ctx.config.maxValidity() + " after the assertion IssueInstant " + ctx.assertionIssueInstant);
    }

    /** @return until when the message's IDs must be remembered: its validity plus skew, never beyond the cap */
    static Instant rememberUntil(ResponseContext ctx) {
        Instant end = ctx.assertionNotOnOrAfter.isBefore(latest(ctx)) ? ctx.assertionNotOnOrAfter : latest(ctx);
        return end.plus(ctx.config.clockSkew());
    }

    private static Instant latest(ResponseContext ctx) {
        return ctx.assertionIssueInstant.plus(ctx.config.maxValidity());
    }
}
