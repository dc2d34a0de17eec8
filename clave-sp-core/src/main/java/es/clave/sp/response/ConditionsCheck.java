package es.clave.sp.response;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.internal.saml.xml.Dom;
import es.clave.sp.internal.saml.xml.XmlValues;
import es.clave.sp.text.XmlTokens;
import org.w3c.dom.Element;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static es.clave.sp.internal.saml.xml.XmlNames.SAML;

/**
 * RSP-7 / SEC-P4 / SEC-P5: {@code Conditions} with NotBefore (optional) and NotOnOrAfter (required)
 * honoured with the configured skew, NotOnOrAfter within the maximum validity ({@link ValidityCap}),
 * at least one {@code AudienceRestriction}, each naming the SP's audience (a URI: collapsed, then exact). {@code OneTimeUse} and {@code ProxyRestriction} are accepted; any other condition is
 * not understood and therefore refused (SAML core §2.5.1.1: Indeterminate is not valid).
 */
final class ConditionsCheck implements ResponseCheck {
    @Override
    public void apply(ResponseContext ctx) {
        Element conditions = Dom.optionalSingle(ctx.assertion, SAML, "Conditions", ClaveError.MALFORMED_RESPONSE);
        if (conditions == null) {
            throw Failures.fail(ClaveError.EXPIRED, "the assertion has no Conditions, hence no NotOnOrAfter");
        }
        Duration skew = ctx.config.clockSkew();
        Instant notBefore = XmlValues.instant(Dom.attr(conditions, "NotBefore"), "Conditions NotBefore");
        if (notBefore != null && ctx.now.plus(skew).isBefore(notBefore)) {
            throw Failures.fail(ClaveError.NOT_YET_VALID, "Conditions NotBefore " + notBefore + " is in the future");
        }
        Instant notOnOrAfter = XmlValues.instant(Dom.attr(conditions, "NotOnOrAfter"), "Conditions NotOnOrAfter");
        if (notOnOrAfter == null) {
            throw Failures.fail(ClaveError.EXPIRED, "Conditions carry no NotOnOrAfter");
        }
        if (!ctx.now.minus(skew).isBefore(notOnOrAfter)) {
            throw Failures.fail(ClaveError.EXPIRED, "Conditions NotOnOrAfter " + notOnOrAfter + " has passed");
        }
        ClaveAuthenticationException tooLong = ValidityCap.exceeded(ctx, notOnOrAfter, "Conditions");
        if (tooLong != null) {
            throw tooLong;
        }
        ctx.assertionNotOnOrAfter = notOnOrAfter;
        checkAudiences(conditions, ctx.config.audience());
    }

    private static void checkAudiences(Element conditions, String audience) {
        int restrictions = 0;
        for (Element c : Dom.elementChildren(conditions)) {
            if (Dom.is(c, SAML, "AudienceRestriction")) {
                restrictions++;
                if (!containsAudience(Dom.children(c, SAML, "Audience"), audience)) {
                    throw Failures.fail(ClaveError.WRONG_AUDIENCE, "an AudienceRestriction does not name '" + audience + "'");
                }
            } else if (!Dom.is(c, SAML, "OneTimeUse") && !Dom.is(c, SAML, "ProxyRestriction")) {
                throw Failures.fail(ClaveError.MALFORMED_RESPONSE, "unsupported condition " + c.getLocalName());
            }
        }
        if (restrictions == 0) {
            throw Failures.fail(ClaveError.WRONG_AUDIENCE, "the assertion has no AudienceRestriction");
        }
    }

    private static boolean containsAudience(List<Element> audiences, String expected) {
        for (Element a : audiences) {
            if (XmlTokens.sameUri(Dom.text(a), expected)) {
                return true;
            }
        }
        return false;
    }
}
