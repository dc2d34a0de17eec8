package es.clave.sp.request;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Namespace URIs, fixed values and the timestamp format the request writers share. */
final class SamlNames {

    static final String SAML2P_NS = "urn:oasis:names:tc:SAML:2.0:protocol";
    static final String SAML2_NS = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final String EIDAS_NS = "http://eidas.europa.eu/saml-extensions";
    static final String EIDAS_NATURAL_NS = "http://eidas.europa.eu/attributes/naturalperson";
    static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";

    static final String CONSENT_UNSPECIFIED = "urn:oasis:names:tc:SAML:2.0:consent:unspecified";
    static final String HTTP_POST_BINDING = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";
    static final String NAMEID_UNSPECIFIED = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
    static final String ATTRNAME_FORMAT_URI = "urn:oasis:names:tc:SAML:2.0:attrname-format:uri";
    static final String RELAY_STATE_ATTRIBUTE = "http://es.minhafp.clave/RelayState";
    static final String LOGOUT_REASON_USER = "urn:oasis:names:tc:SAML:2.0:logout:user";

    /** UTC with milliseconds and {@code Z} (REQ-1). */
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private SamlNames() {
    }

    /** @return {@code instant} as an xs:dateTime in UTC with milliseconds */
    static String instant(Instant instant) {
        return INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
