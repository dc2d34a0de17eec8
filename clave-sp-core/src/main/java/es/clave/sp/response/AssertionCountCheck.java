package es.clave.sp.response;

import es.clave.sp.error.ClaveError;
import es.clave.sp.internal.saml.xml.Dom;
import org.w3c.dom.Element;

import java.util.List;

import static es.clave.sp.internal.saml.xml.XmlNames.SAML;

/**
 * RSP-3 / SEC-W11: exactly one {@code Assertion} or one {@code EncryptedAssertion}, as a direct child
 * of the Response; never two, never both. A plaintext assertion is refused when encryption is
 * required. Only this child is ever consumed (SEC-W9): copies elsewhere are never looked at.
 */
final class AssertionCountCheck implements ResponseCheck {
    @Override
    public void apply(ResponseContext ctx) {
        List<Element> plain = Dom.children(ctx.response, SAML, "Assertion");
        List<Element> encrypted = Dom.children(ctx.response, SAML, "EncryptedAssertion");
        if (plain.size() + encrypted.size() != 1) {
            throw Failures.fail(ClaveError.ASSERTION_COUNT_INVALID, "the Response carries " + plain.size()
                    + " Assertion and " + encrypted.size() + " EncryptedAssertion elements; exactly one is required");
        }
        ctx.encrypted = !encrypted.isEmpty();
        ctx.assertionCarrier = ctx.encrypted ? encrypted.get(0) : plain.get(0);
        if (!ctx.encrypted && ctx.config.requireEncryption()) {
            throw Failures.fail(ClaveError.ENCRYPTION_REQUIRED, "a plaintext Assertion arrived but encryption is required");
        }
    }
}
