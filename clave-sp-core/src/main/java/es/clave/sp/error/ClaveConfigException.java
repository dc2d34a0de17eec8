package es.clave.sp.error;

import java.io.Serial;

/** A configuration value is missing or wrong; the message names the property and says how to fix it. */
public class ClaveConfigException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String property;

    /**
     * @param property the configuration key at fault, e.g. {@code clave.sp.code}
     * @param message  what is wrong and how to fix it
     */
    public ClaveConfigException(String property, String message) {
        this(property, message, null);
    }

    /** Same as {@link #ClaveConfigException(String, String)} with the underlying cause. */
    public ClaveConfigException(String property, String message, Throwable cause) {
        super(property + ": " + message, cause);
        this.property = property;
    }

    /** @return the configuration key at fault */
    public String property() {
        return property;
    }
}
