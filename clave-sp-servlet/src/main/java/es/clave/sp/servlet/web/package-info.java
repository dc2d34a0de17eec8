/**
 * The pages the adapters render: the self-submitting HTTP-POST form (BND-1) and the default error
 * page (SEC-H7), with HTML escaping (SEC-H6) and strict response headers.
 *
 * <p>Public API, shared with the Spring adapter: {@code AutoPostPage}, {@code DefaultErrorPage}
 * and {@code Html}. The error page shows the localized text and a support reference, never an
 * exception or a gateway status message. The shared headers (no caching, no framing, a strict
 * content security policy) are internal.
 */
package es.clave.sp.servlet.web;
