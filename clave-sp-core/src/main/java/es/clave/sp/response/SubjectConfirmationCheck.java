package es.clave.sp.response;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.internal.saml.xml.Dom;
import es.clave.sp.internal.saml.xml.XmlNames;
import es.clave.sp.internal.saml.xml.XmlValues;
import es.clave.sp.text.XmlTokens;
import org.w3c.dom.Element;

import java.time.Instant;
import java.util.List;

import static es.clave.sp.internal.saml.xml.XmlNames.SAML;

/**
 * RSP-8 / SEC-P9: exactly one bearer {@code SubjectConfirmation} validates: Recipient is exactly the
 * ACS URL, InResponseTo is the request ID (an xsd:ID), NotOnOrAfter is in the future (with skew) and
 * within the maximum validity (SEC-P5), there is no NotBefore, and Address equals the client address when so configured. Confirmations with other
 * methods are ignored. With a single bearer confirmation its specific failure is reported.
 */
final class SubjectConfirmationCheck implements ResponseCheck {
    @Override
    public void apply(ResponseContext ctx) {
        Element subject = Dom.optionalSingle(ctx.assertion, SAML, "Subject", ClaveError.MALFORMED_RESPONSE);
        if (subject == null) {
            throw Failures.fail(ClaveError.SUBJECT_CONFIRMATION_INVALID, "the assertion has no Subject");
        }
        int bearers = 0;
        int valid = 0;
        ClaveAuthenticationException firstFailure = null;
        for (Element confirmation : Dom.children(subject, SAML, "SubjectConfirmation")) {
            if (!XmlTokens.sameUri(Dom.attr(confirmation, "Method"), XmlNames.CM_BEARER)) {
                continue;
            }
            bearers++;
            ClaveAuthenticationException failure = validate(ctx, confirmation);
            if (failure == null) {
                valid++;
            } else if (firstFailure == null) {
                firstFailure = failure;
            }
        }
        if (valid == 1) {
            return;
        }
        if (valid > 1) {
            throw Failures.fail(ClaveError.SUBJECT_CONFIRMATION_INVALID, valid + " bearer confirmations validate; exactly one must");
        }
        if (bearers == 1) {
            throw firstFailure;
        }
        throw Failures.fail(ClaveError.SUBJECT_CONFIRMATION_INVALID, bearers == 0
                ? "no bearer SubjectConfirmation"
                : "none of the " + bearers + " bearer confirmations validates; first: " + firstFailure.getMessage());
    }

    /** @return null when {@code confirmation} is fully valid, otherwise the failure to report */
    private static ClaveAuthenticationException validate(ResponseContext ctx, Element confirmation) {
        try {
            check(ctx, confirmation);
            return null;
        } catch (ClaveAuthenticationException e) {
            return e;
        }
    }

    private static void check(ResponseContext ctx, Element confirmation) {
        List<Element> data = Dom.children(confirmation, SAML, "SubjectConfirmationData");
        if (data.size() != 1) {
            throw Failures.fail(ClaveError.SUBJECT_CONFIRMATION_INVALID, "a bearer confirmation needs exactly one SubjectConfirmationData");
        }
        Element d = data.get(0);
        String acs = ctx.config.acsUrl().toString();
        String recipient = Dom.attr(d, "Recipient");
        if (!XmlTokens.sameUri(recipient, acs)) {
            throw Failures.fail(ClaveError.WRONG_RECIPIENT, "Recipient '" + recipient + "' is not '" + acs + "'");
        }
        String inResponseTo = XmlValues.ncName(Dom.attr(d, "InResponseTo"), "SubjectConfirmationData InResponseTo");
        if (inResponseTo == null || !inResponseTo.equals(ctx.pending.requestId())) {
            throw Failures.fail(ClaveError.IN_RESPONSE_TO_MISMATCH,
                    "SubjectConfirmationData InResponseTo '" + inResponseTo + "' is not the pending request ID");
        }
        if (Dom.attr(d, "NotBefore") != null) {
            throw Failures.fail(ClaveError.SUBJECT_CONFIRMATION_INVALID, "a bearer SubjectConfirmationData must not carry NotBefore");
        }
        Instant notOnOrAfter = XmlValues.instant(Dom.attr(d, "NotOnOrAfter"), "SubjectConfirmationData NotOnOrAfter");
        if (notOnOrAfter == null || !ctx.now.minus(ctx.config.clockSkew()).isBefore(notOnOrAfter)) {
            throw Failures.fail(ClaveError.EXPIRED, "SubjectConfirmationData NotOnOrAfter " + notOnOrAfter + " is missing or past");
        }
        ClaveAuthenticationException tooLong = ValidityCap.exceeded(ctx, notOnOrAfter, "SubjectConfirmationData");
        if (tooLong != null) {
            throw tooLong;
        }
        if (ctx.config.checkClientAddress()) {
            String address = Dom.attr(d, "Address");
            if (address == null || !address.equals(ctx.client.remoteAddress())) {
                throw Failures.fail(ClaveError.SUBJECT_CONFIRMATION_INVALID,
                        "Address '" + address + "' is not the client address '" + ctx.client.remoteAddress() + "'");
            }
        }
    }
}
