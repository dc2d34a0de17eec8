/**
 * Internal: decryption of a {@code saml2:EncryptedAssertion} (RSP-3, SEC-E1 to SEC-E5).
 *
 * <p>Before any key is used, the structure is checked: no {@code CipherReference} anywhere
 * (SEC-E3), no {@code RetrievalMethod} and the {@code EncryptedKey} inline (SEC-E4), RSA-OAEP key
 * transport and AES-GCM content encryption only (SEC-E1, SEC-E2). The configured keys are tried in
 * order, for rollover, and every failure is the same {@code DECRYPTION_FAILED}, so the outcome is
 * no oracle. The plaintext is parsed by the same hardened parser in the namespace context of the
 * element it replaces (SEC-E5). Not API: the response pipeline is the only caller.
 */
package es.clave.sp.internal.saml.encryption;
