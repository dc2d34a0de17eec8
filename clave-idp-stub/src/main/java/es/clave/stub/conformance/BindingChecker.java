package es.clave.stub.conformance;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the HTTP side of a message (BND-1 … BND-4, BND-6): method, field names, RelayState, and
 * the Cl@ve 1 leftovers that a migrating SP still sends.
 */
public final class BindingChecker {

    /** Maximum RelayState length (BND-4). */
    public static final int MAX_RELAY_STATE = 80;

    private static final Pattern URL_LIKE = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|/|\\\\).*", Pattern.DOTALL);
    private static final Map<String, String> CLAVE1_FIELDS = Map.of(
            "idpList", "Cl@ve 2 has no allow-list: exclude the methods you do not offer with value-less RequestedAttributes (REQ-11).",
            "excludedIdPList", "Cl@ve 2 excludes methods inside the signed request: one value-less RequestedAttribute per excluded method (REQ-11).",
            "forcedIdP", "Cl@ve 2 cannot force a method directly: exclude every other method (REQ-11).",
            "allowLegalPerson", "Cl@ve 2 has no such field: representatives are recognised from PartialAfirma in the response (RSP-12).");

    private BindingChecker() {
    }

    /**
     * Checks one HTTP message.
     *
     * @param method the HTTP method
     * @param path   the request path
     * @param fields the form (or query) fields
     * @param logout whether the message is a logout ({@code logoutRequest} field)
     */
    public static void check(String method, String path, String contentType, Map<String, String> fields, boolean logout, Findings f) {
        if (path.startsWith("/Proxy/")) {
            f.must("BND-6", "the request went to " + path + ", the Cl@ve 1 (STORK) path.",
                    "Post to /Proxy2/ServiceProvider (for clave-sp-core: environment LOCAL with the stub's base URL).");
        }
        if (!"POST".equals(method)) {
            f.must("BND-1", "the message arrived by HTTP " + method + "; Cl@ve accepts HTTP-POST only (no HTTP-Redirect binding).",
                    "Send the browser an auto-submitting form that POSTs the fields.");
        } else if (contentType != null && !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            f.must("BND-1", "the POST body is '" + contentType + "', not a URL-encoded form.",
                    "Post an HTML form (application/x-www-form-urlencoded).");
        }
        for (Map.Entry<String, String> e : CLAVE1_FIELDS.entrySet()) {
            if (fields.containsKey(e.getKey())) {
                f.must("BND-6", "the form carries the Cl@ve 1 field '" + e.getKey() + "', which Cl@ve 2 ignores.", e.getValue());
            }
        }
        if (logout && fields.containsKey("SAMLRequest")) {
            f.must("BND-3", "both SAMLRequest and logoutRequest were posted.", "Post logoutRequest alone for a logout.");
        }
        if (!logout && !fields.containsKey("SAMLRequest")) {
            f.must("BND-2", "no SAMLRequest field was posted.", "Post the Base64 AuthnRequest in the SAMLRequest field.");
        }
        checkRelayState(fields.get("RelayState"), f);
    }

    private static void checkRelayState(String relayState, Findings f) {
        if (relayState == null || relayState.isEmpty()) {
            f.must("BND-4", "no RelayState was posted.", "Always post a non-empty, opaque RelayState of at most 80 characters.");
            return;
        }
        if (relayState.length() > MAX_RELAY_STATE) {
            f.must("BND-4", "the RelayState has " + relayState.length() + " characters (maximum 80).",
                    "Use a short random token and keep the rest server-side.");
        }
        if (URL_LIKE.matcher(relayState).matches()) {
            f.must("BND-4", "the RelayState looks like a URL or path ('" + abbreviate(relayState) + "'); it must be opaque.",
                    "Store the return URL server-side and post a random token as RelayState.");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
