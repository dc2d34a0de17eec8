package es.clave.sp.response;

import es.clave.sp.error.ClaveError;
import es.clave.sp.identity.ClaveAttributes;
import es.clave.sp.internal.saml.xml.Dom;
import es.clave.sp.text.XmlTokens;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static es.clave.sp.internal.saml.xml.XmlNames.SAML;

/**
 * RSP-12 / SEC-P10: collects the assertion's attributes by {@code Name} (a URI: XML whitespace
 * collapsed; values in order; an attribute repeated under the same name accumulates its values, so
 * the mapper sees duplicates, SEC-P11) and checks that the RelayState attribute equals the posted
 * RelayState and the pending login's. An attribute the SP reads ({@link ClaveAttributes#KNOWN})
 * must carry the {@code uri} NameFormat or none: under another NameFormat the same Name is another
 * attribute (SAML core §2.7.3.1), and reading it as ours would be a guess.
 */
final class AttributeCollection implements ResponseCheck {
    /** The attribute the gateway echoes the request's RelayState in (REQ-10). */
    static final String RELAY_STATE = ClaveAttributes.RELAY_STATE;

    @Override
    public void apply(ResponseContext ctx) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (Element statement : Dom.children(ctx.assertion, SAML, "AttributeStatement")) {
            for (Element attribute : Dom.children(statement, SAML, "Attribute")) {
                String name = XmlTokens.collapse(Dom.attr(attribute, "Name"));
                if (name == null || name.isEmpty()) {
                    throw Failures.fail(ClaveError.MALFORMED_RESPONSE, "an Attribute has no Name");
                }
                checkNameFormat(attribute, name);
                List<String> values = byName.computeIfAbsent(name, k -> new ArrayList<>(1));
                for (Element value : Dom.children(attribute, SAML, "AttributeValue")) {
                    values.add(Dom.text(value));
                }
            }
        }
        checkRelayState(byName.get(RELAY_STATE), ctx);
        ctx.attributes = byName;
    }

    private static void checkNameFormat(Element attribute, String name) {
        String format = Dom.attr(attribute, "NameFormat");
        if (format != null && ClaveAttributes.KNOWN.contains(name) && !XmlTokens.sameUri(format, ClaveAttributes.NAME_FORMAT_URI)) {
            throw Failures.fail(ClaveError.MALFORMED_RESPONSE, "Attribute " + name + " has NameFormat '" + format
                    + "'; Cl@ve attributes use " + ClaveAttributes.NAME_FORMAT_URI);
        }
    }

    private static void checkRelayState(List<String> values, ResponseContext ctx) {
        if (values == null || values.size() != 1) {
            throw Failures.fail(ClaveError.RELAY_STATE_MISMATCH, "the RelayState attribute must carry exactly one value, found "
                    + (values == null ? 0 : values.size()));
        }
        String echoed = XmlTokens.trim(values.get(0));
        if (!echoed.equals(ctx.postedRelayState) || !echoed.equals(ctx.pending.relayState())) {
            throw Failures.fail(ClaveError.RELAY_STATE_MISMATCH, "the RelayState attribute does not match the login's RelayState");
        }
    }
}
