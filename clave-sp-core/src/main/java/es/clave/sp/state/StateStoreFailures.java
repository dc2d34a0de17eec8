package es.clave.sp.state;

import es.clave.sp.error.ClaveAuthenticationException;
import es.clave.sp.error.ClaveError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure of a shared store into the fail-closed outcome every store must give (RSP-11):
 * an ERROR log line for the operators and a {@link ClaveError#STATE_UNAVAILABLE} exception that
 * ends the login. Used by the JDBC and Redis implementations so they report alike.
 */
public final class StateStoreFailures {

    private static final Logger LOG = LoggerFactory.getLogger(StateStoreFailures.class);

    private StateStoreFailures() {
    }

    /**
     * Logs and builds the exception to throw.
     *
     * @param store     which store failed, e.g. {@code "jdbc pending-login store"}
     * @param operation what it was doing, e.g. {@code "take"}
     * @param cause     the driver's exception
     * @return the exception the caller throws
     */
    public static ClaveAuthenticationException unavailable(String store, String operation, Throwable cause) {
        String detail = store + " failed during " + operation + " (" + cause.getClass().getSimpleName() + ": "
                + cause.getMessage() + "); login refused";
        ClaveAuthenticationException failure = new ClaveAuthenticationException(ClaveError.STATE_UNAVAILABLE, detail, cause);
        LOG.error("{}", failure.getMessage(), cause);
        return failure;
    }
}
