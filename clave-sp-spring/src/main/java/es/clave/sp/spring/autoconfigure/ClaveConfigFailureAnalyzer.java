package es.clave.sp.spring.autoconfigure;

import es.clave.sp.error.ClaveConfigException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link ClaveConfigException} raised while starting the application into Spring Boot's
 * "APPLICATION FAILED TO START" report: which {@code clave.*} property is wrong, why, and what to
 * change, instead of a stack trace.
 */
public class ClaveConfigFailureAnalyzer extends AbstractFailureAnalyzer<ClaveConfigException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ClaveConfigException cause) {
        String property = cause.property();
        String description = "The Cl@ve configuration is not valid. Property '" + property + "': "
                + reason(cause);
        String action = "Fix '" + property + "' in your application properties (or environment, e.g. "
                + environmentVariable(property) + "). Your IDE completes every clave.* property with its meaning"
                + " and default; the clave-sp-spring README lists them.";
        return new FailureAnalysis(description, action, cause);
    }

    private static String reason(ClaveConfigException e) {
        String message = e.getMessage();
        String prefix = e.property() + ": ";
        return message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** @return the environment variable Spring Boot maps to {@code property}, e.g. CLAVE_SP_ACSURL */
    static String environmentVariable(String property) {
        return property.replace("[", "_").replace("]", "").replace(".", "_").replace("-", "")
                .toUpperCase(java.util.Locale.ROOT);
    }
}
