package es.clave.sp.servlet;

import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.login.LoginOptions;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the optional {@code loa}, {@code methods} and {@code forceAuthn} query parameters of the
 * login endpoint, within what the configuration allows: a page may ask for more (a higher LoA, fewer
 * methods, a forced re-authentication), never for less. Unknown values are refused, not ignored,
 * so a typo in a link shows up at once. Public so the Spring adapter reads the same parameters.
 */
public final class LoginParameters {

    private LoginParameters() {
    }

    /**
     * @param loa        {@code low}, {@code substantial} or {@code high}, or null
     * @param methods    comma-separated {@link IdentificationMethod} names (any case, {@code -} for {@code _}), or null
     * @param forceAuthn {@code true} or {@code false}, or null
     * @param config     the SP configuration whose defaults are the floor
     * @return the login options (without returnTo)
     * @throws IllegalArgumentException naming the bad parameter
     */
    public static LoginOptions parse(String loa, String methods, String forceAuthn, ClaveSpConfig config) {
        LoginOptions options = LoginOptions.defaults();
        if (loa != null && !loa.isBlank()) {
            LevelOfAssurance requested = parseLoa(loa);
            // never below the configured level
            options = options.withLevelOfAssurance(requested.isAtLeast(config.defaultLoa()) ? requested : config.defaultLoa());
        }
        if (methods != null && !methods.isBlank()) {
            Set<IdentificationMethod> requested = parseMethods(methods);
            requested.retainAll(config.defaultMethods());
            if (requested.isEmpty()) {
                throw new IllegalArgumentException("methods: none of '" + methods + "' is offered by the configuration "
                        + config.defaultMethods());
            }
            options = options.withMethods(requested);
        }
        if (forceAuthn != null && !forceAuthn.isBlank()) {
            boolean requested = switch (forceAuthn.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException("forceAuthn: expected true or false, got '" + forceAuthn + "'");
            };
            // a configured ForceAuthn cannot be switched off from a link
            options = options.withForceAuthn(requested || config.forceAuthn());
        }
        return options;
    }

    private static LevelOfAssurance parseLoa(String value) {
        try {
            return LevelOfAssurance.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("loa: expected low, substantial or high, got '" + value + "'", e);
        }
    }

    private static Set<IdentificationMethod> parseMethods(String value) {
        Set<IdentificationMethod> out = EnumSet.noneOf(IdentificationMethod.class);
        for (String part : value.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String name = part.strip().toUpperCase(Locale.ROOT).replace('-', '_');
            try {
                IdentificationMethod method = IdentificationMethod.valueOf(name);
                if (method == IdentificationMethod.OTHER) {
                    throw new IllegalArgumentException("methods: OTHER cannot be requested");
                }
                out.add(method);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("methods: unknown method '" + part.strip() + "'; use "
                        + IdentificationMethod.offerable(), e);
            }
        }
        return out;
    }
}
