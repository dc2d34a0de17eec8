package es.clave.sp.response;

import es.clave.sp.error.ClaveError;
import es.clave.sp.internal.saml.xml.Dom;
import es.clave.sp.internal.saml.xml.XmlValues;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.text.XmlTokens;
import org.w3c.dom.Element;

import java.util.List;

import static es.clave.sp.internal.saml.xml.XmlNames.SAML;

/**
 * RSP-9 / SEC-P8: exactly one {@code AuthnStatement} whose {@code AuthnContextClassRef} (a URI: XML
 * whitespace collapsed, then compared exactly) is one of the three eIDAS LoA URIs and not lower than
 * the requested level.
 */
final class AuthnContextCheck implements ResponseCheck {
    @Override
    public void apply(ResponseContext ctx) {
        List<Element> statements = Dom.children(ctx.assertion, SAML, "AuthnStatement");
        if (statements.size() != 1) {
            throw Failures.fail(ClaveError.AUTHN_CONTEXT_INVALID, "the assertion carries " + statements.size()
                    + " AuthnStatement elements; exactly one is required");
        }
        Element statement = statements.get(0);
        ctx.authnInstant = XmlValues.instant(Dom.attr(statement, "AuthnInstant"), "AuthnInstant");
        Element context = Dom.optionalSingle(statement, SAML, "AuthnContext", ClaveError.AUTHN_CONTEXT_INVALID);
        Element classRef = context == null ? null
                : Dom.optionalSingle(context, SAML, "AuthnContextClassRef", ClaveError.AUTHN_CONTEXT_INVALID);
        if (classRef == null) {
            throw Failures.fail(ClaveError.AUTHN_CONTEXT_INVALID, "no AuthnContextClassRef");
        }
        String value = Dom.text(classRef);
        LevelOfAssurance loa = LevelOfAssurance.fromUri(value).orElseThrow(() ->
                Failures.fail(ClaveError.AUTHN_CONTEXT_INVALID, "unknown level of assurance '" + XmlTokens.collapse(value) + "'"));
        LevelOfAssurance requested = ctx.pending.requestedLoa();
        if (requested != null && !loa.isAtLeast(requested)) {
            throw Failures.fail(ClaveError.LOA_TOO_LOW, "achieved " + loa + " but " + requested + " was requested");
        }
        ctx.levelOfAssurance = loa;
    }
}
