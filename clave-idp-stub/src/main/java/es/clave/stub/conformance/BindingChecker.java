package es.clave.stub.conformance;

import java.util.List;
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
    private static final List<String> CLAVE1_FIELDS = List.of("idpList", "excludedIdPList", "forcedIdP", "allowLegalPerson");

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
            f.must("BND-6", "binding.1", path);
        }
        if (!"POST".equals(method)) {
            f.must("BND-1", "binding.2", method);
        } else if (contentType != null && !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            f.must("BND-1", "binding.3", contentType);
        }
        for (String field : CLAVE1_FIELDS) {
            if (fields.containsKey(field)) {
                f.must("BND-6", "binding.4." + field, field);
            }
        }
        if (logout && fields.containsKey("SAMLRequest")) {
            f.must("BND-3", "binding.5");
        }
        if (!logout && !fields.containsKey("SAMLRequest")) {
            f.must("BND-2", "binding.6");
        }
        checkRelayState(fields.get("RelayState"), f);
    }

    private static void checkRelayState(String relayState, Findings f) {
        if (relayState == null || relayState.isEmpty()) {
            f.must("BND-4", "binding.7");
            return;
        }
        if (relayState.length() > MAX_RELAY_STATE) {
            f.must("BND-4", "binding.8", relayState.length());
        }
        if (URL_LIKE.matcher(relayState).matches()) {
            f.must("BND-4", "binding.9", abbreviate(relayState));
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
