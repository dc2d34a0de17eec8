/**
 * Internal: the XML security code of core, not API; nothing here may be used by applications, and
 * its types never appear in public signatures.
 *
 * <p>The subpackages hold the one hardened parser and namespace-exact navigation ({@code xml}),
 * enveloped-signature verification under core's strict profile ({@code signature}) and assertion
 * decryption ({@code encryption}). {@code CryptoConfinementTest} keeps Santuario and DOM-level
 * cryptography inside this package.
 */
package es.clave.sp.internal.saml;
