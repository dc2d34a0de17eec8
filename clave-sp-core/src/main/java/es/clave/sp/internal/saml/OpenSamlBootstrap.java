package es.clave.sp.internal.saml;

import org.opensaml.core.config.InitializationException;
import org.opensaml.core.config.InitializationService;

/**
 * Initialises OpenSAML exactly once per class loader. Every class of this package that touches
 * OpenSAML builders, marshallers or security calls {@link #ensureInitialized()} first.
 */
public final class OpenSamlBootstrap {

    private static volatile boolean initialized;

    private OpenSamlBootstrap() {
    }

    /** Initialises OpenSAML on first call; later calls return at once. */
    public static void ensureInitialized() {
        if (initialized) {
            return;
        }
        synchronized (OpenSamlBootstrap.class) {
            if (!initialized) {
                try {
                    InitializationService.initialize();
                } catch (InitializationException e) {
                    throw new IllegalStateException("OpenSAML could not be initialised", e);
                }
                initialized = true;
            }
        }
    }
}
