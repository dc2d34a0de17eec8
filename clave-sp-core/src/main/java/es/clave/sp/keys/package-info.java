/**
 * Loading the Service Provider's own key material: signing and decryption keys with their
 * certificates from PKCS#12 or JKS keystores or PEM files, by file path or classpath location, and
 * X.509 certificates such as the trusted Cl@ve ones (REQ-7, RSP-3, BND-5).
 *
 * <p>Public API: {@code CredentialLoader}, {@code CertificateLoader}, {@code SpCredential}, {@code
 * CredentialSource}, {@code KeyStoreType}, {@code KeyMatching} and {@code KeyMaterialException},
 * whose messages name the source and the fix. Whether a key suits its purpose (RSA, size,
 * validity) is checked by the configuration, not here. PEM parsing is internal.
 */
package es.clave.sp.keys;
