package es.clave.sp.login;

/**
 * The result of starting a login: state to keep and the form to send the browser with.
 *
 * @param pending what to store until the response arrives
 * @param form    the {@code SAMLRequest} + {@code RelayState} HTTP-POST form (BND-2)
 */
public record LoginStart(PendingLogin pending, PostForm form) {
}
