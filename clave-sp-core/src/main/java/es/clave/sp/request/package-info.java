/**
 * Internal: writing and signing the AuthnRequest (REQ-1 to REQ-14) and the LogoutRequest (LGO-1),
 * and their HTTP-POST forms (BND-1 to BND-4).
 *
 * <p>The requests are written directly in their exclusive canonical form, so the reference digest
 * is taken over the written bytes and the enveloped signature (REQ-7) is made without a DOM; IDs
 * carry 160 random bits (REQ-1) and RelayState tokens 256 (BND-4). Every configured value is
 * escaped the way canonical XML escapes it, so none can inject markup. The public factories serve
 * {@code ClaveServiceProvider}; applications use that instead.
 */
package es.clave.sp.request;
