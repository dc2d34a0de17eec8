package es.clave.sp.login;

import java.time.Instant;

/**
 * Transport facts an adapter passes with a response, so core never sees an HTTP request.
 *
 * @param remoteAddress the client IP, checked against SubjectConfirmationData Address only when configured (RSP-8); may be null
 * @param receivedAt    when the response was received; the validation clock (RSP-7, RSP-10)
 */
public record ClientInfo(String remoteAddress, Instant receivedAt) {

    /** @return client info for a response received now from an unknown address */
    public static ClientInfo now() {
        return new ClientInfo(null, Instant.now());
    }

    /** @return client info for a response received now from {@code remoteAddress} */
    public static ClientInfo from(String remoteAddress) {
        return new ClientInfo(remoteAddress, Instant.now());
    }
}
