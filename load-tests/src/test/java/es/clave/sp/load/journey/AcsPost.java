package es.clave.sp.load.journey;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's POST to the ACS as it crossed the wire: the form fields and the SAML Response ID
 * (read from the plain-text envelope; the assertion itself is encrypted).
 *
 * @param acs        where it was posted
 * @param fields     {@code SAMLResponse} and {@code RelayState}
 * @param responseId the Response's {@code ID}
 */
public record AcsPost(URI acs, Map<String, String> fields, String responseId) {

    private static final Pattern RESPONSE_ID = Pattern.compile("<(?:\\w+:)?Response\\b[^>]*?\\sID=\"([^\"]+)\"");

    /** @return the post of {@code fields}, its Response ID read from the {@code SAMLResponse} */
    public static AcsPost of(URI acs, Map<String, String> fields) {
        String saml = fields.getOrDefault("SAMLResponse", "");
        String xml;
        try {
            xml = new String(Base64.getMimeDecoder().decode(saml), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            xml = "";
        }
        Matcher m = RESPONSE_ID.matcher(xml);
        return new AcsPost(acs, Map.copyOf(fields), m.find() ? m.group(1) : "?");
    }
}
