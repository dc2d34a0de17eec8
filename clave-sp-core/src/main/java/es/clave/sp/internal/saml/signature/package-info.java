/**
 * Internal: verification of the enveloped XML signature of a Response, Assertion or LogoutResponse
 * (RSP-2, RSP-4, RSP-5).
 *
 * <p>The whole {@code ds:Signature} is read and checked against the allow-lists before anything
 * runs: the signature is a direct child of the element it signs, with one Reference whose URI is
 * {@code #} plus that element's ID (SEC-W9, SEC-W10), exactly the transforms enveloped-signature
 * then exclusive C14N (SEC-S2), allowed signature and digest algorithms (SEC-S1), a non-empty
 * SignatureValue of the right length (SEC-S3). Keys come only from the trusted certificates passed
 * in, never from {@code KeyInfo} (SEC-W12). The digest is then recomputed over that very element,
 * so the verified element is the consumed one, and the SignatureValue is checked with each trusted
 * key. Not API.
 */
package es.clave.sp.internal.saml.signature;
