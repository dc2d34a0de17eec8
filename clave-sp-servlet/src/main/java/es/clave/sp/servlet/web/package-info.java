/**
 * The pages the adapters render: the self-submitting HTTP-POST form (BND-1), the default error
 * page (SEC-H7) and the logout confirmation, with HTML escaping (SEC-H6) and strict response headers.
 *
 * <p>Public API, shared with the Spring adapter: {@code AutoPostPage}, {@code DefaultErrorPage},
 * {@code LogoutConfirmationPage}, {@code PageEndpoints} (serves {@code <prefix>/clave.css} and
 * {@code <prefix>/logged-out}), {@code ClaveStyles} (the shipped stylesheet), {@code PageTheme}
 * (an application's theme stylesheet) and {@code Html}. Every page goes through one internal
 * frame that inlines the stylesheet under the page's CSP nonce and sets {@code lang} to the
 * language of its texts. The error page shows the localized text and a support reference, never an
 * exception or a gateway status message.
 */
package es.clave.sp.servlet.web;
