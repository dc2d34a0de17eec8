/**
 * The Actuator health contributor of the Cl@ve keys and certificates: UP while the signing,
 * decryption and trusted Cl@ve certificates are valid, listing those that expire within 30 days,
 * and DOWN when one has expired.
 *
 * <p>Public API: {@code ClaveCredentialsHealthIndicator}, built on core's {@code
 * CredentialHealth}; it is registered only when Actuator's health support is on the class path and
 * can be turned off with {@code management.health.clave.enabled=false}.
 */
package es.clave.sp.spring.health;
