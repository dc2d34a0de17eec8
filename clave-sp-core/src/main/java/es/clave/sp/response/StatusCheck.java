package es.clave.sp.response;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.error.StatusMapper;
import es.clave.sp.internal.saml.xml.Dom;
import es.clave.sp.internal.saml.xml.XmlNames;
import es.clave.sp.text.XmlTokens;
import org.w3c.dom.Element;

import static es.clave.sp.internal.saml.xml.XmlNames.SAMLP;

/**
 * RSP-6 / SEC-P7: anything but {@code Success} ends the login with the failure the status means,
 * even when an assertion is present. Checked early on purpose: a forged failure status can only
 * make a login fail, never produce an identity. The code is a URI: XML whitespace is collapsed and
 * the rest compared exactly ({@link XmlTokens#sameUri}), the same rule {@link StatusMapper} uses,
 * so every value that is not Success maps to a failure and none reaches INTERNAL_ERROR.
 */
final class StatusCheck implements ResponseCheck {
    @Override
    public void apply(ResponseContext ctx) {
        Element status = Dom.single(ctx.response, SAMLP, "Status", ClaveError.MALFORMED_RESPONSE);
        Element code = Dom.single(status, SAMLP, "StatusCode", ClaveError.MALFORMED_RESPONSE);
        String value = Dom.attr(code, "Value");
        if (value == null) {
            throw Failures.fail(ClaveError.MALFORMED_RESPONSE, "the StatusCode has no Value");
        }
        if (XmlTokens.sameUri(value, XmlNames.STATUS_SUCCESS)) {
            return;
        }
        Element sub = Dom.first(code, SAMLP, "StatusCode");
        String subValue = sub == null ? null : Dom.attr(sub, "Value");
        Element messageElement = Dom.first(status, SAMLP, "StatusMessage");
        String message = messageElement == null ? null : Dom.text(messageElement);
        throw failure(value, subValue, message);
    }

    /** @return the exception for a non-success status, as {@link StatusMapper} classifies it */
    static ClaveAuthenticationException failure(String value, String subValue, String message) {
        ClaveError error = StatusMapper.map(value, subValue, message);
        return new ClaveAuthenticationException(error == null ? ClaveError.GATEWAY_ERROR : error,
                "status " + value + (subValue == null ? "" : " / " + subValue)
                        + (message == null ? "" : ": " + message));
    }
}
