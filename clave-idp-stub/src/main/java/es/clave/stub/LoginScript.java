package es.clave.stub;

/**
 * The outcome chosen in advance for the next login (from tests or the HTTP API). When a script is
 * queued the stub skips the pages and answers the SP's request at once with the scripted
 * response. Immutable; build with {@link #user(String)} or {@link #failure(Failure)}:
 * <pre>{@code
 * stub.nextLogin(LoginScript.user("nif").via(ClaveMethod.CLAVE_MOVIL));
 * stub.nextLogin(LoginScript.failure(Failure.USER_CANCELLED));
 * }</pre>
 *
 * @param userId  the {@link TestUser#id()} to log in as, or null for the first user who can use the method
 * @param method  the method, or null for the user's first method that the request did not exclude
 * @param failure the failure to produce, or null for success
 * @param loa     the LoA to report, or null for the method's own level (never below the requested one on success)
 */
public record LoginScript(String userId, ClaveMethod method, Failure failure, Loa loa) {

    /** @return a successful login as user {@code userId} */
    public static LoginScript user(String userId) {
        return new LoginScript(userId, null, null, null);
    }

    /** @return a login that ends with {@code failure}, for the default user */
    public static LoginScript failure(Failure failure) {
        return new LoginScript(null, null, failure, null);
    }

    /** @return a successful login for the default user and method */
    public static LoginScript success() {
        return new LoginScript(null, null, null, null);
    }

    /** @return a copy using {@code m} */
    public LoginScript via(ClaveMethod m) {
        return new LoginScript(userId, m, failure, loa);
    }

    /** @return a copy logging in as {@code id} */
    public LoginScript as(String id) {
        return new LoginScript(id, method, failure, loa);
    }

    /** @return a copy ending with {@code f} */
    public LoginScript failing(Failure f) {
        return new LoginScript(userId, method, f, loa);
    }

    /** @return a copy reporting level {@code l} */
    public LoginScript withLoa(Loa l) {
        return new LoginScript(userId, method, failure, l);
    }
}
