package es.clave.stub.gateway;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP-POST binding message the browser carries back to the SP (BND-2, BND-3).
 *
 * @param action where the form posts: the ACS, or the logout return URL
 * @param fields field name to value, in rendering order ({@code SAMLResponse} or {@code logoutResponse}, then {@code RelayState})
 */
public record PostMessage(String action, Map<String, String> fields) {

    public PostMessage {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** @return a message with one payload field and RelayState (omitted when null) */
    public static PostMessage of(String action, String payloadField, String payload, String relayState) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(payloadField, payload);
        if (relayState != null) {
            fields.put("RelayState", relayState);
        }
        return new PostMessage(action, fields);
    }
}
