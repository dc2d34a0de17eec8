/**
 * The configuration of a Service Provider: {@code ClaveSpConfig}, immutable and validated when
 * built, and {@code ClaveProperties}, which reads it from the {@code clave.*} keys listed in
 * {@code PropertyNames}.
 *
 * <p>Public API: the configuration, its builder, the property loader, {@code Environment} (PRE,
 * PRO and LOCAL gateway URLs, REQ-2 and BND-5), {@code SignatureAlgorithm} (REQ-7) and {@code
 * SpType} (REQ-8). Validation is internal: it fails at start-up naming the property and the fix,
 * for example a ProviderName part containing {@code ;} (REQ-3), a signing key that is not RSA of
 * at least 2048 bits (REQ-7), or a login that would exclude every method (REQ-11). Unknown keys
 * and bad values are refused, not ignored.
 */
package es.clave.sp.config;
