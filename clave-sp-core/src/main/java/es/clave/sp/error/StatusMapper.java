package es.clave.sp.error;

/** Maps a non-success SAML status to the {@link ClaveError} it means (RSP-6). */
public final class StatusMapper {
    private StatusMapper() {
    }

    /**
     * @param statusCode    top-level StatusCode value (e.g. {@code urn:oasis:names:tc:SAML:2.0:status:Responder})
     * @param subStatusCode second-level StatusCode value, or null
     * @param statusMessage StatusMessage text, or null
     * @return the failure kind; never called for Success
     */
    public static ClaveError map(String statusCode, String subStatusCode, String statusMessage) {
        throw new UnsupportedOperationException("issue 3 (identity)");
    }
}
