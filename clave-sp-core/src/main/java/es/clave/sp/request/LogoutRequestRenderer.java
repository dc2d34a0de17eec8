package es.clave.sp.request;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.internal.saml.xml.XmlText;

import java.time.Duration;
import java.time.Instant;

import static es.clave.sp.request.SamlNames.LOGOUT_REASON_USER;
import static es.clave.sp.request.SamlNames.NAMEID_UNSPECIFIED;
import static es.clave.sp.request.SamlNames.SAML2P_NS;
import static es.clave.sp.request.SamlNames.SAML2_NS;

/**
 * Writes the LogoutRequest (LGO-1) directly in exclusive canonical form, as
 * {@link AuthnRequestRenderer} does for the AuthnRequest.
 */
final class LogoutRequestRenderer {

    /** NotOnOrAfter = IssueInstant + 5 minutes (LGO-1). */
    static final Duration VALIDITY = Duration.ofMinutes(5);

    private final String rootStart;
    private final String issuerAndRest;
    private final String nameId;

    LogoutRequestRenderer(ClaveSpConfig config) {
        String returnUrl = config.logoutReturnUrl().toString();
        // attributes in C14N order: Destination ID IssueInstant NotOnOrAfter Reason Version
        this.rootStart = "<saml2p:LogoutRequest xmlns:saml2p=\"" + SAML2P_NS + "\""
                + " Destination=\"" + XmlText.attribute(config.gatewayEndpoint().toString()) + "\" ID=\"";
        this.issuerAndRest = "\" Reason=\"" + LOGOUT_REASON_USER + "\" Version=\"2.0\">"
                + "<saml2:Issuer xmlns:saml2=\"" + SAML2_NS + "\">" + XmlText.text(returnUrl) + "</saml2:Issuer>";
        this.nameId = "<saml2:NameID xmlns:saml2=\"" + SAML2_NS + "\" Format=\"" + NAMEID_UNSPECIFIED + "\""
                + " SPNameQualifier=\"" + XmlText.attribute(returnUrl) + "\">" + XmlText.text(config.providerName())
                + "</saml2:NameID></saml2p:LogoutRequest>";
    }

    /** @return the canonical LogoutRequest cut for the signature; NameID names the SP, not the user */
    UnsignedXml render(String id, Instant issueInstant) {
        String before = rootStart + id + "\" IssueInstant=\"" + SamlNames.instant(issueInstant)
                + "\" NotOnOrAfter=\"" + SamlNames.instant(issueInstant.plus(VALIDITY)) + issuerAndRest;
        return new UnsignedXml(id, before, nameId, 0, "");
    }
}
