package es.clave.sp.response;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import es.clave.sp.internal.saml.xml.XmlValues;


/**
 * Decodes a posted HTTP-POST binding field (BND-1: plain Base64 of the UTF-8 XML) under the size
 * cap, which is checked on the encoded text before any decoding work (SEC-X4).
 */
final class SamlFieldDecoder {
    private SamlFieldDecoder() {
    }

    /**
     * @param field    the posted field value
     * @param maxChars the cap on the Base64 text ({@code ClaveSpConfig#maxResponseSize()})
     * @return the XML bytes
     * @throws ClaveAuthenticationException RESPONSE_MISSING, RESPONSE_TOO_LARGE or MALFORMED_RESPONSE
     */
    static byte[] decode(String field, int maxChars, String fieldName) {
        if (field == null || field.isBlank()) {
            throw new ClaveAuthenticationException(ClaveError.RESPONSE_MISSING, "no " + fieldName + " field was posted");
        }
        if (field.length() > maxChars) {
            throw new ClaveAuthenticationException(ClaveError.RESPONSE_TOO_LARGE,
                    fieldName + " has " + field.length() + " characters; the cap is " + maxChars);
        }
        // line breaks are tolerated (some senders wrap Base64 at 76 columns); nothing else is
        byte[] xml = XmlValues.decodeBase64(field);
        if (xml == null) {
            throw new ClaveAuthenticationException(ClaveError.MALFORMED_RESPONSE, fieldName + " is not valid Base64");
        }
        return xml;
    }
}
