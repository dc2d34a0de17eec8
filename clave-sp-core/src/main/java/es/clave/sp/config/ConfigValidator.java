package es.clave.sp.config;

/** Build-time validation of a {@link ClaveSpConfig.Builder}. */
final class ConfigValidator {
    private ConfigValidator() {
    }

    static void validate(ClaveSpConfig.Builder b) {
        // TODO(issue 2): full validation, see the issue text
    }
}
