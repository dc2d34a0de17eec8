package es.clave.sp.jakarta.security;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code clave.*} properties MicroProfile Config knows, when the server has it (Payara, Open
 * Liberty, WildFly). Only this class names MicroProfile types, and it is loaded only after
 * {@link #available(ClassLoader)} said yes: on a server without MicroProfile Config the mechanism
 * still runs, on {@code clave.properties} alone.
 */
final class MicroProfileProperties {

    private static final String CONFIG_PROVIDER = "org.eclipse.microprofile.config.ConfigProvider";

    private MicroProfileProperties() {
    }

    /** @return whether MicroProfile Config is visible to {@code loader} */
    static boolean available(ClassLoader loader) {
        try {
            Class.forName(CONFIG_PROVIDER, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * @return every property of the application's configuration whose name starts with {@code clave.}
     *         (system properties, {@code META-INF/microprofile-config.properties}, the server's own
     *         sources), sorted by name
     */
    static Map<String, String> read(ClassLoader loader) {
        Config config = ConfigProvider.getConfig(loader);
        Map<String, String> out = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("clave.")) {
                config.getOptionalValue(name, String.class).ifPresent(value -> out.put(name, value));
            }
        }
        return out;
    }
}
