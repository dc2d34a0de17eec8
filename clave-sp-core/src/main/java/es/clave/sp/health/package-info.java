/**
 * Expiry of the keys and certificates a Service Provider depends on: the signing key (and the next
 * one during a rollover), the decryption keys, and the trusted Cl@ve certificates, including those
 * from the certificate feed (REQ-7, RSP-3, BND-5).
 *
 * <p>Public API: {@code CredentialHealth} computes a report of {@code CredentialHealthEntry}
 * values, each with a {@code CredentialRole} and a {@code CredentialStatus}; {@code
 * CredentialHealthMonitor} logs warnings on a schedule. The Spring adapter exposes the same report
 * as an Actuator health contributor.
 */
package es.clave.sp.health;
