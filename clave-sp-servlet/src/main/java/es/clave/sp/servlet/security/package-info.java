/**
 * The web-security pieces of the adapters, shared with the Spring adapter.
 *
 * <p>Public API: {@code BrowserBinding}, the short-lived cookie that binds a pending login or
 * logout to the browser that started it (SEC-H2) with the flags of SEC-H5; {@code ReturnToPolicy},
 * which keeps a return path only when it is a same-origin relative path (SEC-H1); and {@code
 * FormBody}, which reads a form body under a size cap before anything parses it and refuses
 * repeated fields (SEC-X4, SEC-H7).
 */
package es.clave.sp.servlet.security;
