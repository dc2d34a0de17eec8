package es.clave.sp.request;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.internal.saml.xml.XmlText;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import static es.clave.sp.request.SamlNames.ATTRNAME_FORMAT_URI;
import static es.clave.sp.request.SamlNames.CONSENT_UNSPECIFIED;
import static es.clave.sp.request.SamlNames.EIDAS_NATURAL_NS;
import static es.clave.sp.request.SamlNames.EIDAS_NS;
import static es.clave.sp.request.SamlNames.HTTP_POST_BINDING;
import static es.clave.sp.request.SamlNames.NAMEID_UNSPECIFIED;
import static es.clave.sp.request.SamlNames.RELAY_STATE_ATTRIBUTE;
import static es.clave.sp.request.SamlNames.SAML2P_NS;
import static es.clave.sp.request.SamlNames.SAML2_NS;
import static es.clave.sp.request.SamlNames.XSI_NS;

/**
 * Writes the AuthnRequest (REQ-1 … REQ-14) directly in exclusive canonical form: every namespace
 * is declared on the first element whose name uses it, namespace declarations come first and
 * attributes follow in C14N order (by namespace URI, then local name), elements are never
 * self-closed and values are escaped as C14N escapes them. {@code AuthnRequestRendererTest}
 * checks the result against Santuario's canonicalizer. Everything that depends only on the
 * configuration is rendered once here.
 */
final class AuthnRequestRenderer {

    private final String rootStart;
    private final String rootAfterId;
    private final String issuer;
    private final String extensionsStart;
    private final String relayStateValueStart;
    private final Map<IdentificationMethod, String> exclusions = new EnumMap<>(IdentificationMethod.class);
    private final String authnContextStart;
    private final String end;

    AuthnRequestRenderer(ClaveSpConfig config) {
        // attributes in C14N order: AssertionConsumerServiceURL Consent Destination ForceAuthn ID
        // IsPassive IssueInstant ProtocolBinding ProviderName Version
        this.rootStart = "<saml2p:AuthnRequest xmlns:saml2p=\"" + SAML2P_NS + "\""
                + " AssertionConsumerServiceURL=\"" + XmlText.attribute(config.acsUrl().toString()) + "\""
                + " Consent=\"" + CONSENT_UNSPECIFIED + "\""
                + " Destination=\"" + XmlText.attribute(config.gatewayEndpoint().toString()) + "\""
                + " ForceAuthn=\"";
        this.rootAfterId = "\" IsPassive=\"false\" IssueInstant=\"";
        this.issuer = "\" ProtocolBinding=\"" + HTTP_POST_BINDING + "\""
                + " ProviderName=\"" + XmlText.attribute(config.providerName()) + "\""
                + " Version=\"2.0\">"
                + "<saml2:Issuer xmlns:saml2=\"" + SAML2_NS + "\">" + XmlText.text(config.entityId())
                + "</saml2:Issuer>";
        this.extensionsStart = "<saml2p:Extensions>"
                + "<eidas:SPType xmlns:eidas=\"" + EIDAS_NS + "\">" + config.spType().wireValue() + "</eidas:SPType>"
                + "<eidas:RequestedAttributes xmlns:eidas=\"" + EIDAS_NS + "\">"
                + requestedAttributeStart("RelayState", RELAY_STATE_ATTRIBUTE)
                + "<eidas:AttributeValue";
        this.relayStateValueStart = " xmlns:xsi=\"" + XSI_NS + "\" xsi:type=\"eidas-natural:PersonIdentifierType\">";
        for (IdentificationMethod method : IdentificationMethod.offerable()) {
            exclusions.put(method, requestedAttributeStart(method.exclusionFriendlyName(),
                    method.exclusionAttributeName()) + "</eidas:RequestedAttribute>");
        }
        this.authnContextStart = "</eidas:RequestedAttributes></saml2p:Extensions>"
                + "<saml2p:NameIDPolicy AllowCreate=\"true\" Format=\"" + NAMEID_UNSPECIFIED + "\"></saml2p:NameIDPolicy>"
                + "<saml2p:RequestedAuthnContext Comparison=\"minimum\">"
                + "<saml2:AuthnContextClassRef xmlns:saml2=\"" + SAML2_NS + "\">";
        this.end = "</saml2:AuthnContextClassRef></saml2p:RequestedAuthnContext></saml2p:AuthnRequest>";
    }

    private static String requestedAttributeStart(String friendlyName, String name) {
        return "<eidas:RequestedAttribute FriendlyName=\"" + friendlyName + "\" Name=\"" + name + "\""
                + " NameFormat=\"" + ATTRNAME_FORMAT_URI + "\" isRequired=\"false\">";
    }

    /**
     * @param offered the methods offered; every other offerable method gets an exclusion attribute (REQ-11)
     * @return the canonical request, cut for the signature
     */
    UnsignedXml render(String id, Instant issueInstant, LevelOfAssurance loa, Set<IdentificationMethod> offered,
                       boolean forceAuthn, String relayState) {
        String before = rootStart + forceAuthn + "\" ID=\"" + id + rootAfterId + SamlNames.instant(issueInstant)
                + issuer;
        StringBuilder after = new StringBuilder(1400).append(extensionsStart);
        int hiddenAt = after.length();
        after.append(relayStateValueStart).append(XmlText.text(relayState))
                .append("</eidas:AttributeValue></eidas:RequestedAttribute>");
        exclusions.forEach((method, element) -> {
            if (!offered.contains(method)) {
                after.append(element);
            }
        });
        after.append(authnContextStart).append(loa.uri()).append(end);
        return new UnsignedXml(id, before, after.toString(), hiddenAt,
                " xmlns:eidas-natural=\"" + EIDAS_NATURAL_NS + "\"");
    }
}
