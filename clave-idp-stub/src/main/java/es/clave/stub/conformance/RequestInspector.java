package es.clave.stub.conformance;

import es.clave.stub.xml.Dom;
import es.clave.stub.xml.Ns;
import es.clave.stub.xml.SecureXml;
import org.w3c.dom.Element;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes, parses and checks one message posted to the gateway endpoint: BND rules on the HTTP
 * side, then REQ or LGO rules on the XML, then the signature (REQ-7 / LGO-1, BND-5).
 */
public final class RequestInspector {

    /** Largest Base64 field accepted. */
    public static final int MAX_FIELD = 256 * 1024;

    private RequestInspector() {
    }

    /**
     * Inspects one HTTP message.
     *
     * @param method      HTTP method
     * @param path        request path
     * @param contentType Content-Type header, or null
     * @param fields      form or query fields
     */
    public static InspectedRequest inspect(String method, String path, String contentType, Map<String, String> fields,
                                           CheckContext ctx) {
        Findings f = new Findings();
        boolean logout = fields.containsKey("logoutRequest");
        String relayState = fields.get("RelayState");
        BindingChecker.check(method, path, contentType, fields, logout, f);
        String encoded = logout ? fields.get("logoutRequest") : fields.get("SAMLRequest");
        if (encoded == null) {
            return unreadable(null, relayState, f);
        }
        String xml = decode(encoded, f);
        if (xml == null) {
            return unreadable(null, relayState, f);
        }
        Element root;
        try {
            root = SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
        } catch (SecureXml.XmlException e) {
            f.must("BND-1", "inspect.1", e.getMessage());
            return unreadable(xml, relayState, f);
        }
        if (Ns.STORKP.equals(root.getNamespaceURI()) || Ns.STORK.equals(root.getNamespaceURI())) {
            f.must("BND-6", "inspect.2", root.getLocalName());
            return unreadable(xml, relayState, f);
        }
        boolean isAuthn = Dom.is(root, Ns.SAMLP, "AuthnRequest");
        boolean isLogout = Dom.is(root, Ns.SAMLP, "LogoutRequest");
        if (logout && isAuthn) {
            f.must("BND-3", "inspect.3");
        } else if (!logout && isLogout) {
            f.must("BND-3", "inspect.4");
        } else if (!isAuthn && !isLogout) {
            f.must(logout ? "LGO-1" : "REQ-1", logout ? "inspect.5.logout" : "inspect.5", root.getNamespaceURI(), root.getLocalName(), Ns.SAMLP);
            return unreadable(xml, relayState, f);
        }
        if (isAuthn) {
            AuthnRequestChecker.check(root, ctx.withRelayState(relayState), f);
            RequestFacts facts = RequestFacts.ofAuthnRequest(root);
            var signer = SignatureChecker.check(root, "REQ-7", facts.spCode(), ctx, f);
            return new InspectedRequest(InspectedRequest.Kind.LOGIN, xml, root, facts, relayState, f.report(), signer.orElse(null));
        }
        LogoutRequestChecker.check(root, ctx, f);
        RequestFacts facts = RequestFacts.ofLogoutRequest(root);
        var signer = SignatureChecker.check(root, "LGO-1", facts.spCode(), ctx, f);
        return new InspectedRequest(InspectedRequest.Kind.LOGOUT, xml, root, facts, relayState, f.report(), signer.orElse(null));
    }

    private static InspectedRequest unreadable(String xml, String relayState, Findings f) {
        return new InspectedRequest(InspectedRequest.Kind.UNREADABLE, xml, null, null, relayState, f.report(), null);
    }

    private static String decode(String encoded, Findings f) {
        if (encoded.length() > MAX_FIELD) {
            f.must("BND-1", "inspect.6", encoded.length(), MAX_FIELD);
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            f.must("BND-1", "inspect.7", e.getMessage());
            return null;
        }
        if (encoded.contains("\n") || encoded.contains("\r")) {
            f.should("BND-1", "inspect.8");
        }
        String text = new String(bytes, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (!text.startsWith("<")) {
            String inflated = inflate(bytes);
            if (inflated != null) {
                f.must("BND-1", "inspect.9");
                return inflated;
            }
            f.must("BND-1", "inspect.10");
            return null;
        }
        return text;
    }

    private static String inflate(byte[] bytes) {
        Inflater inflater = new Inflater(true);
        inflater.setInput(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_FIELD * 4) {
                    return null;
                }
            }
            String s = out.toString(StandardCharsets.UTF_8).stripLeading();
            return inflater.finished() && s.startsWith("<") ? s : null;
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }
}
