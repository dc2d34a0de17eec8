/**
 * The plain values of a logout: {@code LogoutStart}, holding the {@code logoutRequest} form
 * (LGO-1, BND-3), and the {@code PendingLogout} an adapter keeps until the gateway answers
 * (LGO-2).
 *
 * <p>Public API. Adapters end the local session before they post the request, whatever the gateway
 * later answers (LGO-3).
 */
package es.clave.sp.logout;
