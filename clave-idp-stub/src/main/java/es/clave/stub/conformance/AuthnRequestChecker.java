package es.clave.stub.conformance;

import es.clave.stub.ClaveMethod;
import es.clave.stub.Loa;
import es.clave.stub.xml.Dom;
import es.clave.stub.xml.Ns;
import org.w3c.dom.Element;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an AuthnRequest against REQ-1 … REQ-6 and REQ-8 … REQ-14 (the signature, REQ-7, is
 * {@link SignatureChecker}'s job). Each finding says what to change.
 */
public final class AuthnRequestChecker {

    /** Name of the RelayState requested attribute (REQ-10). */
    public static final String RELAY_STATE_ATTRIBUTE = "http://es.minhafp.clave/RelayState";

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private AuthnRequestChecker() {
    }

    /** Runs every check on {@code root}, a {@code samlp:AuthnRequest}. */
    public static void check(Element root, CheckContext ctx, Findings f) {
        XmlFacts.checkHeader(root, "REQ-1", ctx, f);
        XmlFacts.checkDestination(root, "REQ-2", ctx, f);
        checkProviderName(root, f);
        checkFlags(root, f);
        checkAcs(root, f);
        checkIssuer(root, f);
        Element extensions = Dom.child(root, Ns.SAMLP, "Extensions").orElse(null);
        checkExtensions(extensions, ctx, f);
        checkNameIdPolicy(root, f);
        checkAuthnContext(root, f);
        for (Element e : Dom.children(root)) {
            if (Dom.is(e, Ns.SAML, "Subject") || Dom.is(e, Ns.SAML, "Conditions") || Dom.is(e, Ns.SAMLP, "Scoping")) {
                f.should("REQ-14", "the request carries " + e.getLocalName() + ", which Cl@ve ignores.",
                        "Remove " + e.getLocalName() + " from the AuthnRequest.");
            }
        }
    }

    private static void checkProviderName(Element root, Findings f) {
        String providerName = Dom.attr(root, "ProviderName");
        if (providerName == null || providerName.isBlank()) {
            f.must("REQ-3", "ProviderName is missing.", "Set ProviderName=\"<SP code>;<application>\", e.g. \"21114293V_E04975701;my-app\".");
            return;
        }
        String[] parts = providerName.split(";", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            f.must("REQ-3", "ProviderName '" + providerName + "' is not '<SP code>;<application>' with exactly one ';' and both parts non-empty.",
                    "Set ProviderName to your SP code, one ';', and your application name.");
            return;
        }
        if (!parts[0].matches("[A-Z0-9]{9}_[A-Z0-9]{9}")) {
            f.should("REQ-3", "SP code '" + parts[0] + "' does not look like <NIF>_<DIR3> (e.g. P1300000E_L02000013).",
                    "Use the SP code Cl@ve issued at registration.");
        }
    }

    private static void checkFlags(Element root, Findings f) {
        String force = Dom.attr(root, "ForceAuthn");
        if (force == null) {
            f.should("REQ-4", "ForceAuthn is missing.", "Send ForceAuthn=\"true\" or \"false\" on every request.");
        } else if (!force.equals("true") && !force.equals("false")) {
            f.must("REQ-4", "ForceAuthn '" + force + "' is not true or false.", "Send ForceAuthn=\"true\" or \"false\".");
        }
        String passive = Dom.attr(root, "IsPassive");
        if (passive == null) {
            f.should("REQ-4", "IsPassive is missing.", "Send IsPassive=\"false\".");
        } else if (!passive.equals("false")) {
            f.must("REQ-4", "IsPassive is '" + passive + "'; Cl@ve always shows its pages.", "Send IsPassive=\"false\".");
        }
        String consent = Dom.attr(root, "Consent");
        if (!Ns.CONSENT_UNSPECIFIED.equals(consent)) {
            f.should("REQ-4", consent == null ? "Consent is missing." : "Consent is '" + consent + "'.",
                    "Send Consent=\"" + Ns.CONSENT_UNSPECIFIED + "\".");
        }
    }

    private static void checkAcs(Element root, Findings f) {
        if (Dom.attr(root, "AssertionConsumerServiceIndex") != null) {
            f.must("REQ-5", "the request uses AssertionConsumerServiceIndex; Cl@ve has no SP metadata to look it up in.",
                    "Send AssertionConsumerServiceURL with the absolute ACS URL instead.");
        }
        String acs = Dom.attr(root, "AssertionConsumerServiceURL");
        if (acs == null || acs.isBlank()) {
            f.must("REQ-5", "AssertionConsumerServiceURL is missing, so the gateway does not know where to answer.",
                    "Send AssertionConsumerServiceURL with your absolute https ACS URL.");
        } else {
            String problem = acsProblem(acs);
            if (problem != null) {
                f.must("REQ-5", "AssertionConsumerServiceURL '" + acs + "' " + problem + ".",
                        "Use an absolute https URL (http only for localhost).");
            }
        }
        String binding = Dom.attr(root, "ProtocolBinding");
        if (binding != null && !binding.equals(Ns.BINDING_POST)) {
            f.must("REQ-5", "ProtocolBinding '" + binding + "' is not HTTP-POST.",
                    "Send ProtocolBinding=\"" + Ns.BINDING_POST + "\" or leave it out.");
        }
    }

    /** @return why {@code acs} is unusable, or null when it is fine */
    public static String acsProblem(String acs) {
        try {
            URI uri = new URI(acs.strip());
            if (!uri.isAbsolute() || uri.getHost() == null) {
                return "is not an absolute URL";
            }
            if ("https".equalsIgnoreCase(uri.getScheme())) {
                return null;
            }
            if ("http".equalsIgnoreCase(uri.getScheme()) && LOCAL_HOSTS.contains(uri.getHost())) {
                return null;
            }
            return "uses " + uri.getScheme() + " on host " + uri.getHost() + " (plain http is allowed only for localhost)";
        } catch (Exception e) {
            return "is not a valid URL";
        }
    }

    private static void checkIssuer(Element root, Findings f) {
        List<Element> issuers = Dom.children(root, Ns.SAML, "Issuer");
        if (issuers.isEmpty()) {
            f.should("REQ-6", "there is no Issuer (Cl@ve tolerates this; the Java kit sends none).",
                    "Send an Issuer equal to your entity id (default: the ACS URL).");
            return;
        }
        Element issuer = issuers.get(0);
        if (issuer.getTextContent().isBlank()) {
            f.must("REQ-6", "the Issuer is empty.", "Put your entity id (default: the ACS URL) in the Issuer.");
        }
        String format = Dom.attr(issuer, "Format");
        if (format != null && !format.equals(Ns.NAMEID_ENTITY)) {
            f.should("REQ-6", "the Issuer Format is '" + format + "'.", "Leave Format out or use " + Ns.NAMEID_ENTITY + ".");
        }
        if (Dom.children(root).indexOf(issuer) != 0) {
            f.must("REQ-6", "the Issuer is not the first child of the AuthnRequest (SAML schema order).",
                    "Put the Issuer first, then the Signature, then Extensions.");
        }
    }

    private static void checkExtensions(Element extensions, CheckContext ctx, Findings f) {
        if (extensions == null) {
            f.must("REQ-8", "saml2p:Extensions is missing, so there are no eidas:RequestedAttributes (and no RelayState attribute).",
                    "Add saml2p:Extensions with eidas:SPType and eidas:RequestedAttributes.");
            f.must("REQ-10", "the RelayState requested attribute is missing.", relayStateFix());
            return;
        }
        List<Element> children = Dom.children(extensions);
        Element spType = null;
        Element requested = null;
        for (Element e : children) {
            if (Dom.is(e, Ns.EIDAS, "SPType")) {
                spType = e;
                if (requested != null) {
                    f.must("REQ-8", "eidas:SPType comes after eidas:RequestedAttributes.", "Put eidas:SPType first inside Extensions.");
                }
            } else if (Dom.is(e, Ns.EIDAS, "RequestedAttributes")) {
                requested = e;
            } else if (Ns.STORK.equals(e.getNamespaceURI()) || Ns.STORKP.equals(e.getNamespaceURI())) {
                f.must("BND-6", "Extensions carries the Cl@ve 1 / STORK element " + e.getTagName() + ".",
                        "Cl@ve 2 uses eIDAS extensions only: replace STORK elements by eidas:SPType and eidas:RequestedAttributes.");
            } else {
                f.should("REQ-8", "Extensions carries an element Cl@ve does not know: {" + e.getNamespaceURI() + "}" + e.getLocalName() + ".",
                        "Remove it; use the eidas namespace " + Ns.EIDAS + ".");
            }
        }
        if (spType == null) {
            f.should("REQ-8", "eidas:SPType is missing (Cl@ve tolerates this).", "Send <eidas:SPType>public</eidas:SPType> first inside Extensions.");
        } else {
            String value = spType.getTextContent().strip();
            if (value.equals("private")) {
                f.should("REQ-8", "SPType is 'private'; Cl@ve serves public-sector SPs.", "Send SPType 'public' unless Cl@ve told you otherwise.");
            } else if (!value.equals("public")) {
                f.must("REQ-8", "SPType '" + value + "' is neither public nor private.", "Send <eidas:SPType>public</eidas:SPType>.");
            }
        }
        if (requested == null) {
            f.must("REQ-8", "eidas:RequestedAttributes is missing.", "Add eidas:RequestedAttributes with at least the RelayState attribute.");
            f.must("REQ-10", "the RelayState requested attribute is missing.", relayStateFix());
            return;
        }
        checkRequestedAttributes(requested, ctx, f);
    }

    private static void checkRequestedAttributes(Element requested, CheckContext ctx, Findings f) {
        Element relayState = null;
        Set<ClaveMethod> excluded = EnumSet.noneOf(ClaveMethod.class);
        for (Element e : Dom.children(requested)) {
            if (!Dom.is(e, Ns.EIDAS, "RequestedAttribute")) {
                f.must("REQ-9", "RequestedAttributes contains " + e.getTagName() + ".", "Put only eidas:RequestedAttribute elements in it.");
                continue;
            }
            String name = Dom.attr(e, "Name");
            checkAttributeShape(e, name, f);
            if (name == null) {
                continue;
            }
            if (name.equals(RELAY_STATE_ATTRIBUTE)) {
                if (relayState != null) {
                    f.must("REQ-10", "the RelayState attribute is requested twice.", "Send it once.");
                }
                relayState = e;
            } else if (ClaveMethod.byExclusionAttribute(name).isPresent()) {
                ClaveMethod m = ClaveMethod.byExclusionAttribute(name).get();
                if (!excluded.add(m)) {
                    f.should("REQ-11", "method " + m + " is excluded twice.", "Send each exclusion attribute once.");
                }
                if (!Dom.children(e, Ns.EIDAS, "AttributeValue").isEmpty()) {
                    f.must("REQ-11", "exclusion attribute " + name + " carries a value; exclusions are value-less.",
                            "Remove the AttributeValue: its presence alone excludes the method.");
                }
                String friendly = Dom.attr(e, "FriendlyName");
                if (friendly != null && !friendly.equals(m.exclusionFriendlyName())) {
                    f.should("REQ-11", "exclusion attribute " + name + " has FriendlyName '" + friendly + "'.",
                            "Use FriendlyName=\"" + m.exclusionFriendlyName() + "\".");
                }
            } else if (name.startsWith("http://es.minhafp.clave/") && name.endsWith("IdP")) {
                f.should("REQ-11", "'" + name + "' is not a known Cl@ve method; Cl@ve ignores it.",
                        "Exclude methods with the names of protocol §3 (AFirmaIdP, GISSIdP, AEATIdP, CLVMOVILIdP, EIDASIdP).");
            } else if (name.startsWith(Ns.EIDAS_NATURAL) || name.startsWith("http://eidas.europa.eu/attributes/legalperson")) {
                f.should("REQ-14", "personal attribute " + name + " is requested; the gateway returns its fixed set anyway.",
                        "Remove personal RequestedAttributes.");
            } else if (name.contains("stork")) {
                f.must("BND-6", "attribute " + name + " is a Cl@ve 1 / STORK attribute.", "Use the Cl@ve 2 attribute names of protocol §3 and §4.");
            } else if (!name.startsWith("http://es.minhafp.clave/")) {
                f.should("REQ-14", "attribute " + name + " is not a Cl@ve attribute; it is ignored.", "Remove it.");
            }
        }
        if (excluded.size() == ClaveMethod.values().length) {
            f.must("REQ-11", "every identification method is excluded, so the citizen could not log in at all.",
                    "Offer at least one method: drop its exclusion attribute.");
        }
        if (relayState == null) {
            f.must("REQ-10", "the RelayState requested attribute is missing.", relayStateFix());
        } else {
            checkRelayStateAttribute(relayState, ctx, f);
        }
    }

    private static void checkAttributeShape(Element e, String name, Findings f) {
        if (name == null || name.isBlank()) {
            f.must("REQ-9", "a RequestedAttribute has no Name.", "Give every RequestedAttribute its Name URI.");
            return;
        }
        String format = Dom.attr(e, "NameFormat");
        if (!Ns.NAME_FORMAT_URI.equals(format)) {
            f.must("REQ-9", "RequestedAttribute " + name + " has NameFormat '" + format + "'.",
                    "Set NameFormat=\"" + Ns.NAME_FORMAT_URI + "\".");
        }
        if (Dom.attr(e, "FriendlyName") == null) {
            f.should("REQ-9", "RequestedAttribute " + name + " has no FriendlyName.",
                    "Set FriendlyName to the last segment of the Name.");
        }
        String required = Dom.attr(e, "isRequired");
        if (!"false".equals(required)) {
            f.should("REQ-9", "RequestedAttribute " + name + " has isRequired='" + required + "'.", "Set isRequired=\"false\".");
        }
    }

    private static void checkRelayStateAttribute(Element attribute, CheckContext ctx, Findings f) {
        if (!"RelayState".equals(Dom.attr(attribute, "FriendlyName"))) {
            f.should("REQ-10", "the RelayState attribute's FriendlyName is '" + Dom.attr(attribute, "FriendlyName") + "'.",
                    "Set FriendlyName=\"RelayState\".");
        }
        List<Element> values = Dom.children(attribute, Ns.EIDAS, "AttributeValue");
        if (values.size() != 1) {
            f.must("REQ-10", "the RelayState attribute has " + values.size() + " values.",
                    "Give it exactly one eidas:AttributeValue holding the RelayState token.");
            return;
        }
        Element value = values.get(0);
        String token = value.getTextContent().strip();
        if (ctx.postedRelayState() != null && !token.equals(ctx.postedRelayState())) {
            f.must("REQ-10", "the RelayState attribute '" + token + "' differs from the posted RelayState '" + ctx.postedRelayState() + "'.",
                    "Put the same token in the RelayState form field and in the RelayState attribute.");
        }
        String type = value.getAttributeNS(Ns.XSI, "type");
        String expectedPrefix = type.contains(":") ? type.substring(0, type.indexOf(':')) : null;
        String typeNs = expectedPrefix == null ? null : value.lookupNamespaceURI(expectedPrefix);
        if (!type.endsWith(":PersonIdentifierType") || !Ns.EIDAS_NATURAL.equals(typeNs)) {
            f.should("REQ-10", "the RelayState AttributeValue has xsi:type '" + type + "'.",
                    "Use xsi:type=\"eidas-natural:PersonIdentifierType\" with eidas-natural bound to " + Ns.EIDAS_NATURAL + ".");
        }
    }

    private static String relayStateFix() {
        return "Add <eidas:RequestedAttribute Name=\"" + RELAY_STATE_ATTRIBUTE + "\" FriendlyName=\"RelayState\" NameFormat=\""
                + Ns.NAME_FORMAT_URI + "\" isRequired=\"false\"> with one AttributeValue equal to the posted RelayState.";
    }

    private static void checkNameIdPolicy(Element root, Findings f) {
        Element policy = Dom.child(root, Ns.SAMLP, "NameIDPolicy").orElse(null);
        if (policy == null) {
            f.should("REQ-12", "NameIDPolicy is missing.", "Send <saml2p:NameIDPolicy Format=\"" + Ns.NAMEID_UNSPECIFIED + "\" AllowCreate=\"true\"/>.");
            return;
        }
        String format = Dom.attr(policy, "Format");
        if (Ns.NAMEID_PERSISTENT.equals(format) || Ns.NAMEID_TRANSIENT.equals(format)) {
            f.should("REQ-12", "NameIDPolicy Format is '" + format + "' (tolerated).", "Use Format=\"" + Ns.NAMEID_UNSPECIFIED + "\".");
        } else if (!Ns.NAMEID_UNSPECIFIED.equals(format)) {
            f.must("REQ-12", "NameIDPolicy Format is '" + format + "'.", "Use Format=\"" + Ns.NAMEID_UNSPECIFIED + "\".");
        }
        if (!"true".equals(Dom.attr(policy, "AllowCreate"))) {
            f.should("REQ-12", "NameIDPolicy AllowCreate is '" + Dom.attr(policy, "AllowCreate") + "'.", "Send AllowCreate=\"true\".");
        }
    }

    private static void checkAuthnContext(Element root, Findings f) {
        Element context = Dom.child(root, Ns.SAMLP, "RequestedAuthnContext").orElse(null);
        if (context == null) {
            f.must("REQ-13", "RequestedAuthnContext is missing, so no level of assurance is requested.",
                    "Send RequestedAuthnContext Comparison=\"minimum\" with one AuthnContextClassRef, e.g. " + Loa.LOW.uri() + ".");
            return;
        }
        if (!"minimum".equals(Dom.attr(context, "Comparison"))) {
            f.must("REQ-13", "RequestedAuthnContext Comparison is '" + Dom.attr(context, "Comparison") + "'.", "Send Comparison=\"minimum\".");
        }
        List<Element> refs = Dom.children(context, Ns.SAML, "AuthnContextClassRef");
        if (refs.size() != 1) {
            f.must("REQ-13", "RequestedAuthnContext has " + refs.size() + " AuthnContextClassRef elements.",
                    "Send exactly one AuthnContextClassRef.");
            return;
        }
        String value = refs.get(0).getTextContent();
        if (Loa.fromUri(value).isEmpty()) {
            f.must("REQ-13", "AuthnContextClassRef '" + value.strip() + "' is not an eIDAS level of assurance.",
                    "Use " + Loa.LOW.uri() + ", " + Loa.SUBSTANTIAL.uri() + " or " + Loa.HIGH.uri() + ".");
        }
    }
}
