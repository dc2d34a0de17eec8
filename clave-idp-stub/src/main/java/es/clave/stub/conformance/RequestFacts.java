package es.clave.stub.conformance;

import es.clave.stub.ClaveMethod;
import es.clave.stub.Loa;
import es.clave.stub.xml.Dom;
import es.clave.stub.xml.Ns;
import org.w3c.dom.Element;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the gateway needs from a request to answer it, read leniently (missing values are null):
 * the checks report what is wrong, this only extracts.
 *
 * @param id           the request ID (InResponseTo of the answer)
 * @param replyUrl     AssertionConsumerServiceURL for a login, Issuer for a logout
 * @param spCode       the SP code (ProviderName before ';', or the logout NameID's)
 * @param providerName the full ProviderName (login) or NameID value (logout)
 * @param requestedLoa the requested LoA, or null
 * @param excluded     the excluded methods (REQ-11)
 * @param forceAuthn   the ForceAuthn flag
 * @param issuer       the Issuer value, or null
 */
public record RequestFacts(String id, String replyUrl, String spCode, String providerName, Loa requestedLoa,
                           Set<ClaveMethod> excluded, boolean forceAuthn, String issuer) {

    public RequestFacts {
        excluded = excluded.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(excluded));
    }

    /** @return the facts of an AuthnRequest */
    public static RequestFacts ofAuthnRequest(Element root) {
        String providerName = Dom.attr(root, "ProviderName");
        String spCode = providerName != null && providerName.contains(";") ? providerName.substring(0, providerName.indexOf(';')) : providerName;
        Loa loa = Dom.child(root, Ns.SAMLP, "RequestedAuthnContext")
                .flatMap(c -> Dom.child(c, Ns.SAML, "AuthnContextClassRef"))
                .flatMap(r -> Loa.fromUri(r.getTextContent())).orElse(null);
        Set<ClaveMethod> excluded = EnumSet.noneOf(ClaveMethod.class);
        Dom.child(root, Ns.SAMLP, "Extensions").flatMap(e -> Dom.child(e, Ns.EIDAS, "RequestedAttributes"))
                .ifPresent(ra -> Dom.children(ra, Ns.EIDAS, "RequestedAttribute").forEach(a ->
                        ClaveMethod.byExclusionAttribute(a.getAttribute("Name")).ifPresent(excluded::add)));
        String acs = Dom.attr(root, "AssertionConsumerServiceURL");
        return new RequestFacts(Dom.attr(root, "ID"), acs == null ? null : acs.strip(), spCode, providerName, loa, excluded,
                "true".equals(Dom.attr(root, "ForceAuthn")), issuer(root));
    }

    /** @return the facts of a LogoutRequest */
    public static RequestFacts ofLogoutRequest(Element root) {
        String nameId = Dom.child(root, Ns.SAML, "NameID").map(n -> n.getTextContent().strip()).orElse(null);
        String issuer = issuer(root);
        return new RequestFacts(Dom.attr(root, "ID"), issuer, LogoutRequestChecker.spCode(root), nameId, null,
                Set.of(), false, issuer);
    }

    private static String issuer(Element root) {
        return Dom.child(root, Ns.SAML, "Issuer").map(i -> i.getTextContent().strip()).orElse(null);
    }

    /** @return the application part of ProviderName, or null */
    public String applicationName() {
        return providerName != null && providerName.contains(";") ? providerName.substring(providerName.indexOf(';') + 1) : null;
    }
}
