/**
 * Internal: validation of the gateway's answers, the heart of the security contract.
 *
 * <p>{@code LoginResponseProcessor} runs one small check per step, in the order the data arrives:
 * decode under the size cap (BND-1, SEC-X4), hardened parse, Response shape (RSP-1, SEC-X6),
 * status (RSP-6, SEC-P7), exactly one assertion (RSP-3, SEC-W11), Response signature (RSP-2,
 * RSP-5, SEC-W, SEC-S), InResponseTo, Destination and issuer (RSP-1, SEC-P1, SEC-P3, SEC-P6),
 * decryption (SEC-E), assertion signature (RSP-4), issue instants (RSP-10), conditions (RSP-7,
 * SEC-P4, SEC-P5), subject confirmation (RSP-8, SEC-P9), level of assurance (RSP-9, SEC-P8),
 * replay (RSP-11, SEC-P2) and attributes (RSP-12, SEC-P10, SEC-P11). Every failure is a {@code
 * ClaveAuthenticationException} with one specific {@code ClaveError}; nothing else escapes. {@code
 * LogoutResponseProcessor} does the same for LGO-2. Applications call {@code ClaveServiceProvider}
 * instead.
 */
package es.clave.sp.response;
