package es.clave.sp.diagnostics;

import es.clave.sp.login.LevelOfAssurance;

import java.time.Instant;

/**
 * What an operator knows about a response to explain. Only the response is required; every value
 * left out is assumed by the explanation and the assumption is printed.
 *
 * @param samlResponse    the Base64 {@code SAMLResponse} as posted
 * @param requestId       the AuthnRequest ID of the login (from the SP's logs), or null to take the response's InResponseTo
 * @param receivedAt      when the response was received (the validation clock), or null for now
 * @param requestedLoa    the LoA the login requested, or null for LOW
 * @param requestIssuedAt the AuthnRequest IssueInstant, or null when unknown
 * @param clientAddress   the client IP, for SubjectConfirmationData Address when that check is configured; may be null
 */
public record ExplainRequest(String samlResponse, String requestId, Instant receivedAt, LevelOfAssurance requestedLoa,
                             Instant requestIssuedAt, String clientAddress) {

    /** @return a request with only the response known */
    public static ExplainRequest of(String samlResponse) {
        return new ExplainRequest(samlResponse, null, null, null, null, null);
    }

    /** @return a copy with the AuthnRequest ID */
    public ExplainRequest withRequestId(String v) {
        return new ExplainRequest(samlResponse, v, receivedAt, requestedLoa, requestIssuedAt, clientAddress);
    }

    /** @return a copy with the reception time */
    public ExplainRequest withReceivedAt(Instant v) {
        return new ExplainRequest(samlResponse, requestId, v, requestedLoa, requestIssuedAt, clientAddress);
    }

    /** @return a copy with the requested LoA */
    public ExplainRequest withRequestedLoa(LevelOfAssurance v) {
        return new ExplainRequest(samlResponse, requestId, receivedAt, v, requestIssuedAt, clientAddress);
    }

    /** @return a copy with the AuthnRequest IssueInstant */
    public ExplainRequest withRequestIssuedAt(Instant v) {
        return new ExplainRequest(samlResponse, requestId, receivedAt, requestedLoa, v, clientAddress);
    }

    /** @return a copy with the client address */
    public ExplainRequest withClientAddress(String v) {
        return new ExplainRequest(samlResponse, requestId, receivedAt, requestedLoa, requestIssuedAt, v);
    }
}
