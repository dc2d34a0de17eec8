/**
 * Spring Boot auto-configuration of the Cl@ve Service Provider: binds the {@code clave.*}
 * properties, builds and validates core's configuration and provides every bean the Spring
 * Security integration needs.
 *
 * <p>Public API: {@code ClaveAutoConfiguration} and {@code ClaveHealthAutoConfiguration} (each
 * bean is replaceable by declaring one), {@code ClaveSpringProperties} (typed properties with IDE
 * metadata), {@code ClaveSpConfigCustomizer} (adjusts the configuration builder before validation)
 * and {@code ClaveConfigFailureAnalyzer}, which turns a configuration error into Spring Boot's
 * start-up report naming the property and the fix. The flattening of bound properties into core's
 * key map is internal, so both adapters share one parser. The state stores (RSP-11) and the
 * certificate feed (BND-5) come from the same properties as in the servlet adapter.
 */
package es.clave.sp.spring.autoconfigure;
