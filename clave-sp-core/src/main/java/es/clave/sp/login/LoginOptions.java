package es.clave.sp.login;

import java.util.EnumSet;
import java.util.Set;

/**
 * Per-login choices; every null field falls back to the configured default.
 *
 * @param levelOfAssurance minimum LoA to request, or null for the configured default
 * @param methods          methods to offer, or null for the configured default
 * @param forceAuthn       whether to force a fresh authentication, or null for the configured default
 * @param returnTo         where the adapter sends the user after login (a same-origin relative path), or null
 */
public record LoginOptions(LevelOfAssurance levelOfAssurance, Set<IdentificationMethod> methods,
                           Boolean forceAuthn, String returnTo) {

    public LoginOptions {
        methods = methods == null ? null : Set.copyOf(methods.isEmpty() ? Set.of() : EnumSet.copyOf(methods));
    }

    /** @return options that use every configured default */
    public static LoginOptions defaults() {
        return new LoginOptions(null, null, null, null);
    }

    /** @return a copy requesting {@code loa} */
    public LoginOptions withLevelOfAssurance(LevelOfAssurance loa) {
        return new LoginOptions(loa, methods, forceAuthn, returnTo);
    }

    /** @return a copy offering exactly {@code offered} */
    public LoginOptions withMethods(Set<IdentificationMethod> offered) {
        return new LoginOptions(levelOfAssurance, offered, forceAuthn, returnTo);
    }

    /** @return a copy with ForceAuthn set to {@code force} */
    public LoginOptions withForceAuthn(boolean force) {
        return new LoginOptions(levelOfAssurance, methods, force, returnTo);
    }

    /** @return a copy that returns the user to {@code target} after login */
    public LoginOptions withReturnTo(String target) {
        return new LoginOptions(levelOfAssurance, methods, forceAuthn, target);
    }
}
