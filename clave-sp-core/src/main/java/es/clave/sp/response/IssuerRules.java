package es.clave.sp.response;

import es.clave.sp.error.ClaveError;

/** RSP-1 / SEC-P6: issuer comparisons shared by the Response and Assertion checks. */
final class IssuerRules {
    private IssuerRules() {
    }

    /** A present issuer must equal the pinned one; with nothing pinned any issuer is accepted. */
    static void checkPinned(String pinned, String actual, String what) {
        if (pinned != null && actual != null && !pinned.equals(actual)) {
            throw Failures.fail(ClaveError.ISSUER_MISMATCH, what + " issuer '" + actual + "' is not the pinned '" + pinned + "'");
        }
    }
}
