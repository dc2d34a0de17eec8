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

    private static final String RELAY_STATE_MISSING = "authn.relayStateMissing";

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
                f.should("REQ-14", "authn.1", e.getLocalName());
            }
        }
    }

    private static void checkProviderName(Element root, Findings f) {
        String providerName = Dom.attr(root, "ProviderName");
        if (providerName == null || providerName.isBlank()) {
            f.must("REQ-3", "authn.2");
            return;
        }
        String[] parts = providerName.split(";", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            f.must("REQ-3", "authn.3", providerName);
            return;
        }
        if (!parts[0].matches("[A-Z0-9]{9}_[A-Z0-9]{9}")) {
            f.should("REQ-3", "authn.4", parts[0]);
        }
    }

    private static void checkFlags(Element root, Findings f) {
        String force = Dom.attr(root, "ForceAuthn");
        if (force == null) {
            f.should("REQ-4", "authn.5");
        } else if (!force.equals("true") && !force.equals("false")) {
            f.must("REQ-4", "authn.6", force);
        }
        String passive = Dom.attr(root, "IsPassive");
        if (passive == null) {
            f.should("REQ-4", "authn.7");
        } else if (!passive.equals("false")) {
            f.must("REQ-4", "authn.8", passive);
        }
        String consent = Dom.attr(root, "Consent");
        if (!Ns.CONSENT_UNSPECIFIED.equals(consent)) {
            f.should("REQ-4", consent == null ? "authn.9.missing" : "authn.9", consent, Ns.CONSENT_UNSPECIFIED);
        }
    }

    private static void checkAcs(Element root, Findings f) {
        if (Dom.attr(root, "AssertionConsumerServiceIndex") != null) {
            f.must("REQ-5", "authn.10");
        }
        String acs = Dom.attr(root, "AssertionConsumerServiceURL");
        if (acs == null || acs.isBlank()) {
            f.must("REQ-5", "authn.11");
        } else {
            String problem = acsProblem(acs);
            if (problem != null) {
                f.must("REQ-5", "authn.12." + problem, acs, schemeOf(acs), hostOf(acs));
            }
        }
        String binding = Dom.attr(root, "ProtocolBinding");
        if (binding != null && !binding.equals(Ns.BINDING_POST)) {
            f.must("REQ-5", "authn.13", binding, Ns.BINDING_POST);
        }
    }

    /**
     * @return why {@code acs} is unusable, as the suffix of the finding texts ({@code relative},
     *         {@code plain} for http off localhost, {@code invalid}), or null when it is fine
     */
    public static String acsProblem(String acs) {
        try {
            URI uri = new URI(acs.strip());
            if (!uri.isAbsolute() || uri.getHost() == null) {
                return "relative";
            }
            if ("https".equalsIgnoreCase(uri.getScheme())) {
                return null;
            }
            if ("http".equalsIgnoreCase(uri.getScheme()) && LOCAL_HOSTS.contains(uri.getHost())) {
                return null;
            }
            return "plain";
        } catch (Exception e) {
            return "invalid";
        }
    }

    private static void checkIssuer(Element root, Findings f) {
        List<Element> issuers = Dom.children(root, Ns.SAML, "Issuer");
        if (issuers.isEmpty()) {
            f.should("REQ-6", "authn.14");
            return;
        }
        Element issuer = issuers.get(0);
        if (issuer.getTextContent().isBlank()) {
            f.must("REQ-6", "authn.15");
        }
        String format = Dom.attr(issuer, "Format");
        if (format != null && !format.equals(Ns.NAMEID_ENTITY)) {
            f.should("REQ-6", "authn.16", format, Ns.NAMEID_ENTITY);
        }
        if (Dom.children(root).indexOf(issuer) != 0) {
            f.must("REQ-6", "authn.17");
        }
    }

    private static void checkExtensions(Element extensions, CheckContext ctx, Findings f) {
        if (extensions == null) {
            f.must("REQ-8", "authn.18");
            f.must("REQ-10", RELAY_STATE_MISSING, RELAY_STATE_ATTRIBUTE, Ns.NAME_FORMAT_URI);
            return;
        }
        List<Element> children = Dom.children(extensions);
        Element spType = null;
        Element requested = null;
        for (Element e : children) {
            if (Dom.is(e, Ns.EIDAS, "SPType")) {
                spType = e;
                if (requested != null) {
                    f.must("REQ-8", "authn.20");
                }
            } else if (Dom.is(e, Ns.EIDAS, "RequestedAttributes")) {
                requested = e;
            } else if (Ns.STORK.equals(e.getNamespaceURI()) || Ns.STORKP.equals(e.getNamespaceURI())) {
                f.must("BND-6", "authn.21", e.getTagName());
            } else {
                f.should("REQ-8", "authn.22", e.getNamespaceURI(), e.getLocalName(), Ns.EIDAS);
            }
        }
        if (spType == null) {
            f.should("REQ-8", "authn.23");
        } else {
            String value = spType.getTextContent().strip();
            if (value.equals("private")) {
                f.should("REQ-8", "authn.24");
            } else if (!value.equals("public")) {
                f.must("REQ-8", "authn.25", value);
            }
        }
        if (requested == null) {
            f.must("REQ-8", "authn.26");
            f.must("REQ-10", RELAY_STATE_MISSING, RELAY_STATE_ATTRIBUTE, Ns.NAME_FORMAT_URI);
            return;
        }
        checkRequestedAttributes(requested, ctx, f);
    }

    private static void checkRequestedAttributes(Element requested, CheckContext ctx, Findings f) {
        Element relayState = null;
        Set<ClaveMethod> excluded = EnumSet.noneOf(ClaveMethod.class);
        for (Element e : Dom.children(requested)) {
            if (!Dom.is(e, Ns.EIDAS, "RequestedAttribute")) {
                f.must("REQ-9", "authn.28", e.getTagName());
                continue;
            }
            String name = Dom.attr(e, "Name");
            checkAttributeShape(e, name, f);
            if (name == null) {
                continue;
            }
            if (name.equals(RELAY_STATE_ATTRIBUTE)) {
                if (relayState != null) {
                    f.must("REQ-10", "authn.29");
                }
                relayState = e;
            } else if (ClaveMethod.byExclusionAttribute(name).isPresent()) {
                ClaveMethod m = ClaveMethod.byExclusionAttribute(name).get();
                if (!excluded.add(m)) {
                    f.should("REQ-11", "authn.30", m);
                }
                if (!Dom.children(e, Ns.EIDAS, "AttributeValue").isEmpty()) {
                    f.must("REQ-11", "authn.31", name);
                }
                String friendly = Dom.attr(e, "FriendlyName");
                if (friendly != null && !friendly.equals(m.exclusionFriendlyName())) {
                    f.should("REQ-11", "authn.32", name, friendly, m.exclusionFriendlyName());
                }
            } else if (name.startsWith("http://es.minhafp.clave/") && name.endsWith("IdP")) {
                f.should("REQ-11", "authn.33", name);
            } else if (name.startsWith(Ns.EIDAS_NATURAL) || name.startsWith("http://eidas.europa.eu/attributes/legalperson")) {
                f.should("REQ-14", "authn.34", name);
            } else if (name.contains("stork")) {
                f.must("BND-6", "authn.35", name);
            } else if (!name.startsWith("http://es.minhafp.clave/")) {
                f.should("REQ-14", "authn.36", name);
            }
        }
        if (excluded.size() == ClaveMethod.values().length) {
            f.must("REQ-11", "authn.37");
        }
        if (relayState == null) {
            f.must("REQ-10", RELAY_STATE_MISSING, RELAY_STATE_ATTRIBUTE, Ns.NAME_FORMAT_URI);
        } else {
            checkRelayStateAttribute(relayState, ctx, f);
        }
    }

    private static void checkAttributeShape(Element e, String name, Findings f) {
        if (name == null || name.isBlank()) {
            f.must("REQ-9", "authn.39");
            return;
        }
        String format = Dom.attr(e, "NameFormat");
        if (!Ns.NAME_FORMAT_URI.equals(format)) {
            f.must("REQ-9", "authn.40", name, format, Ns.NAME_FORMAT_URI);
        }
        if (Dom.attr(e, "FriendlyName") == null) {
            f.should("REQ-9", "authn.41", name);
        }
        String required = Dom.attr(e, "isRequired");
        if (!"false".equals(required)) {
            f.should("REQ-9", "authn.42", name, required);
        }
    }

    private static void checkRelayStateAttribute(Element attribute, CheckContext ctx, Findings f) {
        if (!"RelayState".equals(Dom.attr(attribute, "FriendlyName"))) {
            f.should("REQ-10", "authn.43", Dom.attr(attribute, "FriendlyName"));
        }
        List<Element> values = Dom.children(attribute, Ns.EIDAS, "AttributeValue");
        if (values.size() != 1) {
            f.must("REQ-10", "authn.44", values.size());
            return;
        }
        Element value = values.get(0);
        String token = value.getTextContent().strip();
        if (ctx.postedRelayState() != null && !token.equals(ctx.postedRelayState())) {
            f.must("REQ-10", "authn.45", token, ctx.postedRelayState());
        }
        String type = value.getAttributeNS(Ns.XSI, "type");
        String expectedPrefix = type.contains(":") ? type.substring(0, type.indexOf(':')) : null;
        String typeNs = expectedPrefix == null ? null : value.lookupNamespaceURI(expectedPrefix);
        if (!type.endsWith(":PersonIdentifierType") || !Ns.EIDAS_NATURAL.equals(typeNs)) {
            f.should("REQ-10", "authn.46", type, Ns.EIDAS_NATURAL);
        }
    }

    /** @return the scheme of {@code url}, or "—" when it has none (the text quotes it) */
    static String schemeOf(String url) {
        try {
            String scheme = new URI(url.strip()).getScheme();
            return scheme == null ? "—" : scheme;
        } catch (Exception e) {
            return "—";
        }
    }

    /** @return the host of {@code url}, or "—" when it has none (the text quotes it) */
    static String hostOf(String url) {
        try {
            String host = new URI(url.strip()).getHost();
            return host == null ? "—" : host;
        } catch (Exception e) {
            return "—";
        }
    }

    private static void checkNameIdPolicy(Element root, Findings f) {
        Element policy = Dom.child(root, Ns.SAMLP, "NameIDPolicy").orElse(null);
        if (policy == null) {
            f.should("REQ-12", "authn.47", Ns.NAMEID_UNSPECIFIED);
            return;
        }
        String format = Dom.attr(policy, "Format");
        if (Ns.NAMEID_PERSISTENT.equals(format) || Ns.NAMEID_TRANSIENT.equals(format)) {
            f.should("REQ-12", "authn.48", format, Ns.NAMEID_UNSPECIFIED);
        } else if (!Ns.NAMEID_UNSPECIFIED.equals(format)) {
            f.must("REQ-12", "authn.49", format, Ns.NAMEID_UNSPECIFIED);
        }
        if (!"true".equals(Dom.attr(policy, "AllowCreate"))) {
            f.should("REQ-12", "authn.50", Dom.attr(policy, "AllowCreate"));
        }
    }

    private static void checkAuthnContext(Element root, Findings f) {
        Element context = Dom.child(root, Ns.SAMLP, "RequestedAuthnContext").orElse(null);
        if (context == null) {
            f.must("REQ-13", "authn.51", Loa.LOW.uri());
            return;
        }
        if (!"minimum".equals(Dom.attr(context, "Comparison"))) {
            f.must("REQ-13", "authn.52", Dom.attr(context, "Comparison"));
        }
        List<Element> refs = Dom.children(context, Ns.SAML, "AuthnContextClassRef");
        if (refs.size() != 1) {
            f.must("REQ-13", "authn.53", refs.size());
            return;
        }
        String value = refs.get(0).getTextContent();
        if (Loa.fromUri(value).isEmpty()) {
            f.must("REQ-13", "authn.54", value.strip(), Loa.LOW.uri(), Loa.SUBSTANTIAL.uri(), Loa.HIGH.uri());
        }
    }
}
