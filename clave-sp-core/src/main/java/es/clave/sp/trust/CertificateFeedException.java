package es.clave.sp.trust;

import java.io.Serial;

/** The certificate feed could not be fetched or read; the last good set of certificates stays in use. */
public class CertificateFeedException extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, for the log */
    public CertificateFeedException(String message) {
        super(message);
    }

    /** @param message what went wrong; {@code cause} the underlying exception */
    public CertificateFeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
