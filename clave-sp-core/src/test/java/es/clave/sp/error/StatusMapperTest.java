package es.clave.sp.error;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatusMapperTest {
    private static final String P = "urn:oasis:names:tc:SAML:2.0:status:";

    @ParameterizedTest(name = "[{index}] {1} / {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # observed in production and emitted by the stub (RSP-6)
            Responder | RequestDenied          | User canceled the authentication                                        | USER_CANCELLED
            Responder | AuthnFailed            | 003002 - Authentication Failed: LoA is lower than requested LoA           | LOA_TOO_LOW
            Responder | AuthnFailed            | Authentication Failed (certificate not valid: El certificado está caducado) | CERTIFICATE_EXPIRED
            Responder | AuthnFailed            | Authentication Failed (certificate not valid: El certificado se encuentra revocado) | CERTIFICATE_REVOKED
            Responder | AuthnFailed            | Authentication Failed (no certificate has been submitted)               | NO_CERTIFICATE_SUBMITTED
            Responder | AuthnFailed            | Type of certificate not allowed (8)                                     | CERTIFICATE_TYPE_NOT_ALLOWED
            Responder | AuthnFailed            | Authentication Failed                                                   | AUTHENTICATION_FAILED
            Requester | InvalidAttrNameOrValue | Invalid attribute value                                                 | GATEWAY_ERROR
            Requester | InvalidNameIDPolicy    | NameIDPolicy not supported                                              | GATEWAY_ERROR
            # cancellation in any case and language
            Responder | AuthnFailed            | Operación CANCELADA por el usuario                                      | USER_CANCELLED
            Responder | NULL                   | El usuario canceló la autenticación                                     | USER_CANCELLED
            Requester | NULL                   | Authentication cancelled by user                                        | USER_CANCELLED
            Responder | RequestDenied          | NULL                                                                    | USER_CANCELLED
            # LoA code alone
            Responder | NULL                   | 003002                                                                  | LOA_TOO_LOW
            # certificate words need a certificate or AuthnFailed context
            Responder | NULL                   | The certificate has expired                                             | CERTIFICATE_EXPIRED
            Responder | NULL                   | Certificate revoked                                                     | CERTIFICATE_REVOKED
            Responder | NULL                   | SAML request expired                                                    | GATEWAY_ERROR
            Responder | AuthnFailed            | se encuentra revocado                                                   | CERTIFICATE_REVOKED
            # message beats sub-status: a LoA failure is not a cancellation
            Responder | RequestDenied          | 003002 lower than requested LoA                                         | LOA_TOO_LOW
            # no usable detail
            Responder | NULL                   | NULL                                                                    | GATEWAY_ERROR
            Requester | NULL                   | something odd                                                           | GATEWAY_ERROR
            VersionMismatch | NULL             | NULL                                                                    | GATEWAY_ERROR
            """)
    @DisplayName("RSP-6 status code, sub-status and message map to the failure kind")
    void mapsStatus(String top, String sub, String message, ClaveError expected) {
        assertEquals(expected, StatusMapper.map(P + top, sub == null ? null : P + sub, message));
    }

    @Test
    @DisplayName("RSP-6 status codes are compared by their last segment")
    void bareSubStatus() {
        assertEquals(ClaveError.AUTHENTICATION_FAILED, StatusMapper.map("Responder", "AuthnFailed", null));
        assertEquals(ClaveError.USER_CANCELLED, StatusMapper.map(P + "Responder", " " + P + "RequestDenied\n", null));
    }

    @Test
    @DisplayName("RSP-6 null status is a gateway error")
    void nullStatus() {
        assertEquals(ClaveError.GATEWAY_ERROR, StatusMapper.map(null, null, null));
    }

    @Test
    @DisplayName("RSP-6 Success is not a failure: mapping it is a programming error")
    void successRefused() {
        assertThrows(IllegalArgumentException.class, () -> StatusMapper.map(StatusMapper.SUCCESS, null, null));
    }
}
