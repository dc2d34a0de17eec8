package es.clave.sp.diagnostics;

import es.clave.sp.error.ClaveError;

/** What an operator usually checks for each kind of failure, printed under the verdict. */
final class OperatorHints {

    private OperatorHints() {
    }

    /** @return a hint for {@code error}, or null when there is nothing better than the reason */
    static String forError(ClaveError error) {
        return switch (error) {
            case SIGNATURE_INVALID, UNTRUSTED_SIGNING_KEY -> "check the 'KeyInfo certificate trusted' fact: if Cl@ve "
                    + "rotated its certificate, enable the certificate feed (clave.trust.feed.*) or add the new certificate "
                    + "to clave.trust.certificates; otherwise the message was altered or not sent by Cl@ve";
            case SIGNATURE_MISSING -> "the Response itself must be signed; a message without signature is not from Cl@ve";
            case DECRYPTION_FAILED -> "Cl@ve encrypted for a key the SP does not hold: check the decryption key(s) "
                    + "(clave.sp.decryption.*) and the certificate registered with Cl@ve";
            case ENCRYPTION_REQUIRED -> "the registration sends plaintext assertions but clave.validation.require-encryption=true";
            case WRONG_DESTINATION, WRONG_RECIPIENT, WRONG_AUDIENCE -> "the ACS URL the request carried differs from "
                    + "clave.sp.acs-url (scheme, host, port, path, trailing slash); check the facts and proxies";
            case EXPIRED, NOT_YET_VALID, ISSUE_INSTANT_OUT_OF_RANGE -> "a time check failed: check the server clock (NTP), "
                    + "clave.validation.clock-skew / max-response-age, and pass --received-at with the real reception time";
            case IN_RESPONSE_TO_MISMATCH, UNSOLICITED_RESPONSE -> "the response answers another request: compare "
                    + "--request-id with the InResponseTo fact (a second tab or a browser back button is the usual cause)";
            case RELAY_STATE_MISMATCH, BROWSER_MISMATCH -> "the login was finished in another browser or the pending "
                    + "login expired";
            case REPLAYED -> "the same response was posted twice (double submit, back button, or an attack)";
            case LOA_TOO_LOW -> "the citizen used a method below the requested LoA; offer only methods that reach it";
            case ISSUER_MISMATCH -> "compare the issuer facts with clave.trust.issuer";
            case USER_CANCELLED, AUTHENTICATION_FAILED, CERTIFICATE_EXPIRED, CERTIFICATE_REVOKED,
                 CERTIFICATE_TYPE_NOT_ALLOWED, NO_CERTIFICATE_SUBMITTED -> "the citizen's side: see the status message fact";
            case RESPONSE_TOO_LARGE -> "raise clave.validation.max-response-size only if real responses are that large";
            default -> null;
        };
    }
}
