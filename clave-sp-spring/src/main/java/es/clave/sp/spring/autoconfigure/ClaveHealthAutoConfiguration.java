package es.clave.sp.spring.autoconfigure;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.spring.health.ClaveCredentialsHealthIndicator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * Adds the {@code clave} health contributor (certificate expiry) when Spring Boot's health support
 * (Actuator) is on the class path; {@code management.health.clave.enabled=false} turns it off.
 */
@AutoConfiguration(after = ClaveAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, ClaveSpConfig.class})
@ConditionalOnBean(ClaveSpConfig.class)
@ConditionalOnEnabledHealthIndicator("clave")
public class ClaveHealthAutoConfiguration {

    /** The certificate-expiry health indicator. */
    @Bean
    @ConditionalOnMissingBean(name = "claveHealthIndicator")
    public ClaveCredentialsHealthIndicator claveHealthIndicator(ClaveSpConfig config,
                                                                ObjectProvider<ClaveServiceProvider> serviceProvider) {
        // the SP's trust source adds the certificate feed it runs to the configured certificates
        ClaveServiceProvider sp = serviceProvider.getIfAvailable();
        return new ClaveCredentialsHealthIndicator(config, sp != null ? sp.trustSource() : config.trustSource(),
                Clock.systemUTC());
    }
}
