package es.clave.sp.spring.autoconfigure;

import es.clave.sp.config.ClaveSpConfig;

/**
 * Adjusts the core configuration builder after the {@code clave.*} properties were applied and
 * before it is validated and built: for values that do not fit in properties (a key from a vault,
 * a certificate generated at start-up). Beans of this type run in {@code @Order}.
 */
@FunctionalInterface
public interface ClaveSpConfigCustomizer {

    /** @param builder filled from the properties; validated after every customizer ran */
    void customize(ClaveSpConfig.Builder builder);
}
