package es.clave.sp.spring.autoconfigure;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.audit.AuditListener;
import es.clave.sp.config.ClaveProperties;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.error.ClaveMessages;
import es.clave.sp.servlet.ClaveErrorHandler;
import es.clave.sp.servlet.ClaveServletSettings;
import es.clave.sp.servlet.i18n.LocaleSelector;
import es.clave.sp.servlet.i18n.ServletMessages;
import es.clave.sp.servlet.web.DefaultErrorPage;
import es.clave.sp.spring.security.ClaveAuthenticationProvider;
import es.clave.sp.spring.security.ClaveAuthorities;
import es.clave.sp.spring.security.ClaveAuthoritiesMapper;
import es.clave.sp.spring.security.web.ClaveWebSupportFactory;
import es.clave.sp.state.PendingLoginStore;
import es.clave.sp.state.ReplayCache;
import es.clave.sp.state.StateStores;
import es.clave.sp.trust.FeedTrustSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

import javax.sql.DataSource;
import java.util.Locale;

/**
 * Spring Boot auto-configuration of the Cl@ve Service Provider: binds {@code clave.*}, builds and
 * validates core's {@link ClaveSpConfig} (a wrong property stops start-up with a report from
 * {@link ClaveConfigFailureAnalyzer}), and provides every bean the {@code ClaveConfigurer} needs.
 * Each bean backs off when the application declares its own.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
@ConditionalOnClass(ClaveServiceProvider.class)
@EnableConfigurationProperties(ClaveSpringProperties.class)
public class ClaveAutoConfiguration {

    /**
     * The validated core configuration: the bound properties go through core's own loader, then
     * through every {@link ClaveSpConfigCustomizer}, then through core's validation.
     */
    @Bean
    @ConditionalOnMissingBean
    public ClaveSpConfig claveSpConfig(ClaveSpringProperties properties, ObjectProvider<AuditListener> auditListeners,
                                       ObjectProvider<ClaveSpConfigCustomizer> customizers) {
        // a value only: the certificate feed (clave.trust.feed.*) starts with the ClaveServiceProvider bean
        ClaveSpConfig.Builder builder = ClaveProperties.builder(ClavePropertiesMap.of(properties));
        auditListeners.orderedStream().forEach(builder::addAuditListener);
        customizers.orderedStream().forEach(c -> c.customize(builder));
        return builder.build();
    }

    /**
     * The Cl@ve certificate feed (BND-5) the {@link ClaveServiceProvider} runs for
     * {@code clave.trust.feed.*}: a bean so operator endpoints can call {@code refresh()} /
     * {@code lastResult()}. The SP owns it: closing the SP with the context stops its refresh thread,
     * so this bean has no destroy method of its own. See docs/operations.md.
     */
    @Bean(destroyMethod = "")
    @ConditionalOnProperty(name = "clave.trust.feed.enabled", havingValue = "true")
    public FeedTrustSource claveTrustFeed(ClaveServiceProvider serviceProvider) {
        return serviceProvider.trustFeed().orElseThrow(() -> new IllegalStateException(
                "clave.trust.feed.enabled=true but the ClaveServiceProvider runs no certificate feed"));
    }

    /** The stores {@code clave.state.*} selects; created only when a default store below is used. */
    @Bean(destroyMethod = "close")
    @Lazy
    @ConditionalOnMissingBean
    public StateStores claveStateStores(ClaveSpringProperties properties, ObjectProvider<DataSource> dataSources) {
        return StateStores.fromProperties(ClavePropertiesMap.of(properties), dataSources::getIfAvailable);
    }

    /** Pending logins (and logouts), keyed by RelayState. */
    @Bean
    @ConditionalOnMissingBean
    public PendingLoginStore clavePendingLoginStore(StateStores stores) {
        return stores.pendingLogins();
    }

    /** Seen Response and Assertion IDs (RSP-11). */
    @Bean
    @ConditionalOnMissingBean
    public ReplayCache claveReplayCache(StateStores stores) {
        return stores.replayCache();
    }

    /**
     * Core's facade: starts logins and logouts, validates answers. Creating it starts the certificate
     * feed when enabled; the context's close closes it, which stops the feed.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public ClaveServiceProvider claveServiceProvider(ClaveSpConfig config, ReplayCache replayCache) {
        return ClaveServiceProvider.create(config, replayCache);
    }

    /**
     * The citizen-facing texts (error messages, page texts, button label) in es, ca, gl, eu and en,
     * with {@code clave.web.messages-bundle} overriding any of them.
     */
    @Bean
    @ConditionalOnMissingBean
    public ClaveMessages claveMessages(ClaveSpringProperties properties) {
        String bundle = properties.getWeb().getMessagesBundle();
        try {
            return bundle == null || bundle.isBlank() ? new ClaveMessages() : new ClaveMessages(bundle);
        } catch (IllegalArgumentException e) {
            throw new ClaveConfigException("clave.web.messages-bundle", e.getMessage(), e);
        }
    }

    /** Authorities of a Cl@ve login (see {@link ClaveAuthorities}). */
    @Bean
    @ConditionalOnMissingBean
    public ClaveAuthoritiesMapper claveAuthoritiesMapper() {
        return ClaveAuthorities.defaultMapper();
    }

    /**
     * Validates Cl@ve responses for the ACS. Being an {@code AuthenticationProvider} bean, it also
     * tells Spring Boot that this application has its own authentication, so Boot does not create
     * its default in-memory user with a generated password.
     */
    @Bean
    @ConditionalOnMissingBean
    public ClaveAuthenticationProvider claveAuthenticationProvider(ClaveServiceProvider serviceProvider,
                                                                   ClaveAuthoritiesMapper authoritiesMapper) {
        return new ClaveAuthenticationProvider(serviceProvider, authoritiesMapper);
    }

    /** The web pieces, shared with clave-sp-servlet, that the Spring Security endpoints render with. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(name = "org.springframework.security.config.annotation.web.builders.HttpSecurity")
    public static class Web {

        /** Page texts: {@link ClaveMessages} first, then the servlet adapter's own page texts. */
        @Bean
        @ConditionalOnMissingBean
        public ServletMessages claveServletMessages(ClaveMessages messages) {
            return new ServletMessages(messages);
        }

        /** The localized error page; declare a {@link ClaveErrorHandler} bean to render failures yourself. */
        @Bean
        @ConditionalOnMissingBean
        public ClaveErrorHandler claveErrorHandler(ServletMessages messages) {
            return new DefaultErrorPage(messages);
        }

        /** Builds the endpoints' shared pieces once the configurer knows its prefix. */
        @Bean
        @ConditionalOnMissingBean
        public ClaveWebSupportFactory claveWebSupportFactory(ClaveServiceProvider serviceProvider, PendingLoginStore store,
                                                             ClaveErrorHandler errorHandler, ServletMessages messages,
                                                             ClaveSpringProperties properties, Environment environment) {
            ClaveSpringProperties.Web web = properties.getWeb();
            validate(web);
            LocaleSelector locales = new LocaleSelector(ClaveServletSettings.SUPPORTED_LANGUAGES, null,
                    Locale.forLanguageTag("es"));
            return new ClaveWebSupportFactory(serviceProvider, store, errorHandler, messages, locales, web.getPendingTtl(),
                    web.getCookieName(), web.isCookieAlwaysSecure(),
                    environment.getProperty("server.servlet.context-path", ""));
        }

        /** Reuses the servlet adapter's checks of the same settings, reporting them under {@code clave.web.*}. */
        private static void validate(ClaveSpringProperties.Web web) {
            try {
                ClaveServletSettings.builder().pendingTtl(web.getPendingTtl()).cookieName(web.getCookieName()).build();
            } catch (ClaveConfigException e) {
                String key = switch (e.property()) {
                    case ClaveServletSettings.PENDING_TTL -> "clave.web.pending-ttl";
                    case ClaveServletSettings.COOKIE_NAME -> "clave.web.cookie-name";
                    default -> e.property();
                };
                String message = e.getMessage().substring(e.property().length() + 2);
                throw new ClaveConfigException(key, message, e);
            }
        }
    }
}
