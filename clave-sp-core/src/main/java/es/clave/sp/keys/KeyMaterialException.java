package es.clave.sp.keys;

import java.io.Serial;

/**
 * Key material could not be loaded. The message names the source (file or {@code classpath:}
 * location) and says how to fix it; {@link #field()} tells configuration loaders which setting
 * is at fault so they can name the property.
 */
public class KeyMaterialException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The setting of a {@link CredentialSource} a failure is attributed to. */
    public enum Field {
        /** the keystore, PEM key or certificate location (missing, unreadable, unsupported format) */
        LOCATION,
        /** the keystore type */
        TYPE,
        /** the keystore password */
        STORE_PASSWORD,
        /** the key alias */
        ALIAS,
        /** the key password (or the password of an encrypted PEM key) */
        KEY_PASSWORD,
        /** the PEM private key location */
        PRIVATE_KEY,
        /** the PEM certificate location */
        CERTIFICATE
    }

    private final Field field;

    /**
     * @param field   the setting at fault
     * @param message what is wrong, naming the source, and how to fix it
     * @param cause   the underlying failure, or null
     */
    public KeyMaterialException(Field field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** @return the setting at fault */
    public Field field() {
        return field;
    }
}
