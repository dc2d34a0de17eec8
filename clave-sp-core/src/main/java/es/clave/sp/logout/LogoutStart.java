package es.clave.sp.logout;

import es.clave.sp.login.PostForm;

/**
 * The result of starting a Cl@ve logout.
 *
 * @param pending what to keep until the gateway answers
 * @param form    the {@code logoutRequest} + {@code RelayState} HTTP-POST form (BND-3)
 */
public record LogoutStart(PendingLogout pending, PostForm form) {
}
