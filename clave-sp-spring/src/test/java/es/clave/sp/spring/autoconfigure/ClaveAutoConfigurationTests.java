package es.clave.sp.spring.autoconfigure;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.config.Environment;
import es.clave.sp.error.ClaveConfigException;
import es.clave.sp.error.ClaveMessages;
import es.clave.sp.login.IdentificationMethod;
import es.clave.sp.login.LevelOfAssurance;
import es.clave.sp.servlet.ClaveErrorHandler;
import es.clave.sp.spring.health.ClaveCredentialsHealthIndicator;
import es.clave.sp.spring.security.ClaveAuthoritiesMapper;
import es.clave.sp.spring.support.TestKeyFiles;
import es.clave.sp.state.PendingLoginStore;
import es.clave.sp.state.ReplayCache;
import es.clave.stub.trust.StubKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The auto-configuration: property binding through core's loader, beans that back off, the health contributor. */
class ClaveAutoConfigurationTests {

    /** Serves the certificate feed for the feed test. */
    @org.junit.jupiter.api.extension.RegisterExtension
    static final es.clave.stub.junit.ClaveStubExtension STUB = es.clave.stub.junit.ClaveStubExtension.create();

    private static final Path DIR = TestKeyFiles.folder();
    private static TestKeyFiles.SpKey spKey;
    private static Path gatewayCertificate;

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ClaveAutoConfiguration.class, ClaveHealthAutoConfiguration.class));

    @BeforeAll
    static void keys() {
        spKey = TestKeyFiles.generateSpKey(DIR, "autoconfig-sp");
        gatewayCertificate = TestKeyFiles.writeCertificate(DIR.resolve("autoconfig-gateway.crt"),
                StubKeys.generate("TEST-ONLY gateway").certificate());
    }

    private static String[] validProperties(String... extra) {
        List<String> all = new java.util.ArrayList<>(List.of(
                "clave.environment=local",
                "clave.gateway.base-url=http://localhost:8081",
                "clave.sp.code=99999999R_E04975701",
                "clave.sp.application=tests",
                "clave.sp.acs-url=http://localhost:8080/clave/acs",
                "clave.sp.signing.private-key=file:" + spKey.privateKeyPem(),
                "clave.sp.signing.certificate=file:" + spKey.certificatePem(),
                "clave.trust.certificates=file:" + gatewayCertificate));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    @Test
    @DisplayName("clave.* properties become core's validated ClaveSpConfig, typed values included")
    void propertiesBecomeCoreConfig() {
        runner.withPropertyValues(validProperties("clave.login.loa=substantial", "clave.login.methods=clave-movil,certificate",
                        "clave.validation.clock-skew=30s", "clave.validation.max-response-age=2m", "clave.login.force-authn=true"))
                .run(context -> {
                    ClaveSpConfig config = context.getBean(ClaveSpConfig.class);
                    assertThat(config.environment()).isEqualTo(Environment.LOCAL);
                    assertThat(config.gatewayEndpoint()).hasToString("http://localhost:8081/Proxy2/ServiceProvider");
                    assertThat(config.providerName()).isEqualTo("99999999R_E04975701;tests");
                    assertThat(config.defaultLoa()).isEqualTo(LevelOfAssurance.SUBSTANTIAL);
                    assertThat(config.defaultMethods()).containsExactlyInAnyOrder(IdentificationMethod.CLAVE_MOVIL,
                            IdentificationMethod.CERTIFICATE);
                    assertThat(config.clockSkew()).isEqualTo(Duration.ofSeconds(30));
                    assertThat(config.maxResponseAge()).isEqualTo(Duration.ofMinutes(2));
                    assertThat(config.forceAuthn()).isTrue();
                    assertThat(config.signingCredential().certificate()).isEqualTo(spKey.certificate());
                    assertThat(config.trustedCertificates()).hasSize(1);
                    assertThat(context).hasSingleBean(ClaveServiceProvider.class).hasSingleBean(PendingLoginStore.class)
                            .hasSingleBean(ReplayCache.class).hasSingleBean(ClaveMessages.class)
                            .hasSingleBean(ClaveAuthoritiesMapper.class).hasSingleBean(ClaveErrorHandler.class);
                });
    }

    @Test
    @DisplayName("keys load from classpath: resources as well as files")
    void keysFromClasspathResources() {
        runner.withPropertyValues(validProperties("clave.trust.certificates=classpath:certs/test-only-gateway.pem"))
                .run(context -> assertThat(context.getBean(ClaveSpConfig.class).trustedCertificates()).hasSize(1));
    }

    @Test
    @DisplayName("a wrong property fails the context with a ClaveConfigException naming it")
    void wrongPropertyFailsWithItsName() {
        runner.withPropertyValues(validProperties("clave.sp.acs-url=ftp://example.org/acs")).run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure())).isInstanceOf(ClaveConfigException.class)
                    .extracting(e -> ((ClaveConfigException) e).property()).isEqualTo("clave.sp.acs-url");
        });
    }

    @Test
    @DisplayName("a key location that is neither classpath: nor a file is refused, naming the property")
    void keyFromUrlResourceRefused() {
        runner.withPropertyValues(validProperties("clave.sp.signing.private-key=https://example.org/key.pem")).run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure())).isInstanceOf(ClaveConfigException.class)
                    .hasMessageContaining("clave.sp.signing.private-key").hasMessageContaining("classpath: or file:");
        });
    }

    @Test
    @DisplayName("clave.web.pending-ttl is checked like the servlet adapter's, under its Spring name")
    void webSettingsValidated() {
        runner.withPropertyValues(validProperties("clave.web.pending-ttl=2h")).run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure())).isInstanceOf(ClaveConfigException.class)
                    .extracting(e -> ((ClaveConfigException) e).property()).isEqualTo("clave.web.pending-ttl");
        });
    }

    @Test
    @DisplayName("clave.web.theme-stylesheet must be a path on the application's origin; start-up names the key")
    void themeStylesheetValidated() {
        runner.withPropertyValues(validProperties("clave.web.theme-stylesheet=//cdn.example.com/t.css")).run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure())).isInstanceOf(ClaveConfigException.class)
                    .extracting(e -> ((ClaveConfigException) e).property()).isEqualTo("clave.web.theme-stylesheet");
        });
    }

    @Test
    @DisplayName("the application's own beans replace the defaults (@ConditionalOnMissingBean)")
    void applicationBeansWin() {
        runner.withPropertyValues(validProperties()).withUserConfiguration(OwnBeans.class).run(context -> {
            assertThat(context.getBean(PendingLoginStore.class)).isSameAs(OwnBeans.STORE);
            assertThat(context.getBean(ReplayCache.class)).isSameAs(OwnBeans.REPLAY);
            assertThat(context.getBean(ClaveMessages.class)).isSameAs(OwnBeans.MESSAGES);
            assertThat(context.getBean(ClaveAuthoritiesMapper.class)).isSameAs(OwnBeans.MAPPER);
            // the default stores' factory is lazy: never created when the application brings both stores
            assertThat(context.getBeanFactory().containsSingleton("claveStateStores")).isFalse();
        });
    }

    @Test
    @DisplayName("a ClaveSpConfigCustomizer adds what properties cannot say, before core validates")
    void customizerRunsBeforeValidation() {
        runner.withPropertyValues(validProperties()).withBean(ClaveSpConfigCustomizer.class,
                () -> builder -> builder.applicationName("from-customizer")).run(context ->
                assertThat(context.getBean(ClaveSpConfig.class).applicationName()).isEqualTo("from-customizer"));
    }

    @Test
    @DisplayName("the clave health contributor reports every credential, UP while valid")
    void healthReportsCredentials() {
        runner.withPropertyValues(validProperties()).run(context -> {
            Health health = context.getBean(ClaveCredentialsHealthIndicator.class).health(true);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("status", "OK");
            assertThat((List<?>) health.getDetails().get("credentials")).hasSize(2);
        });
    }

    @Test
    @DisplayName("management.health.clave.enabled=false removes the health contributor")
    void healthCanBeDisabled() {
        runner.withPropertyValues(validProperties("management.health.clave.enabled=false"))
                .run(context -> assertThat(context).doesNotHaveBean(ClaveCredentialsHealthIndicator.class));
    }

    @Test
    @DisplayName("BND-5: clave.trust.feed.* starts the certificate feed; its pinned certificates join the trust source and the health report")
    void trustFeedFromProperties() throws Exception {
        runner.withPropertyValues(validProperties("clave.trust.feed.enabled=true",
                        "clave.trust.feed.url=" + STUB.stub().certificatesUrl(), "clave.trust.feed.pins=" + stubPin()))
                .run(context -> {
                    assertThat(context).hasSingleBean(es.clave.sp.trust.FeedTrustSource.class);
                    // the start-up download runs in the background; wait for one on demand
                    context.getBean(es.clave.sp.trust.FeedTrustSource.class).refresh();
                    ClaveServiceProvider sp = context.getBean(ClaveServiceProvider.class);
                    assertThat(sp.trustFeed()).containsSame(context.getBean(es.clave.sp.trust.FeedTrustSource.class));
                    assertThat(sp.trustSource().current()).contains(STUB.signingCertificate());
                    Health health = context.getBean(ClaveCredentialsHealthIndicator.class).health(true);
                    assertThat(health.getDetails().get("credentials").toString())
                            .contains(STUB.signingCertificate().getSubjectX500Principal().getName());
                });
    }

    @Test
    @DisplayName("BND-5: closing the application context closes the ClaveServiceProvider, which stops the feed thread")
    void contextCloseStopsTheFeed() throws Exception {
        Set<Thread> before = feedThreads();
        Set<Thread> started = new java.util.HashSet<>();
        runner.withPropertyValues(validProperties("clave.trust.feed.enabled=true",
                        "clave.trust.feed.url=" + STUB.stub().certificatesUrl(), "clave.trust.feed.pins=" + stubPin()))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    started.addAll(feedThreads());
                    started.removeAll(before);
                    assertThat(started).hasSize(1);
                });
        for (Thread t : started) {
            t.join(5000);
            assertThat(t.isAlive()).as("feed thread after context close").isFalse();
        }
    }

    @Test
    @DisplayName("BND-5: a configuration that fails validation with the feed enabled leaves no feed thread behind")
    void failedStartWithFeedLeavesNoThread() throws Exception {
        Set<Thread> before = feedThreads();
        runner.withPropertyValues(validProperties("clave.trust.feed.enabled=true",
                        "clave.trust.feed.url=" + STUB.stub().certificatesUrl(), "clave.trust.feed.pins=" + stubPin(),
                        "clave.sp.acs-url=ftp://localhost/clave/acs"))
                .run(context -> assertThat(context).hasFailed());
        assertThat(feedThreads()).isEqualTo(before);
    }

    private static String stubPin() throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(STUB.signingCertificate().getEncoded()));
    }

    private static Set<Thread> feedThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && es.clave.sp.trust.FeedTrustSource.THREAD_NAME.equals(t.getName()))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    @DisplayName("clave.sp.signing-next.* announces the rollover key: never used to sign, listed by the health contributor")
    void nextSigningKeyFromProperties() {
        TestKeyFiles.SpKey next = TestKeyFiles.generateSpKey(DIR, "autoconfig-sp-next");
        runner.withPropertyValues(validProperties("clave.sp.signing-next.private-key=file:" + next.privateKeyPem(),
                        "clave.sp.signing-next.certificate=file:" + next.certificatePem()))
                .run(context -> {
                    ClaveSpConfig config = context.getBean(ClaveSpConfig.class);
                    assertThat(config.nextSigningCredential()).get()
                            .extracting(c -> c.certificate()).isEqualTo(next.certificate());
                    assertThat(config.signingCredential().certificate()).isEqualTo(spKey.certificate());
                    Health health = context.getBean(ClaveCredentialsHealthIndicator.class).health(true);
                    assertThat(health.getDetails().get("credentials").toString()).contains("SIGNING_NEXT");
                });
    }

    @Test
    @DisplayName("without clave.trust.feed.enabled no feed is started")
    void noTrustFeedByDefault() {
        runner.withPropertyValues(validProperties())
                .run(context -> assertThat(context).doesNotHaveBean(es.clave.sp.trust.FeedTrustSource.class));
    }

    @Test
    @DisplayName("AuditListener beans receive the audit events; clave.audit.mask-identifiers reaches the configuration")
    void auditListenersAndMasking() {
        List<es.clave.sp.audit.AuditEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        runner.withPropertyValues(validProperties("clave.audit.mask-identifiers=false"))
                .withBean(es.clave.sp.audit.AuditListener.class, () -> events::add)
                .run(context -> {
                    assertThat(context.getBean(ClaveSpConfig.class).maskIdentifiers()).isFalse();
                    context.getBean(ClaveServiceProvider.class).startLogin(null);
                    assertThat(events).hasSize(1);
                    assertThat(events.get(0).type()).isEqualTo(es.clave.sp.audit.AuditEventType.LOGIN_STARTED);
                });
    }

    @Test
    @DisplayName("configuration metadata for IDE completion describes every clave.* property")
    void configurationMetadataGenerated() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).isNotNull();
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"name\": \"clave.sp.acs-url\"", "\"name\": \"clave.sp.signing.key-store\"",
                    "\"name\": \"clave.environment\"", "\"name\": \"clave.state.store\"", "\"name\": \"clave.web.pending-ttl\"")
                    .contains("Absolute URL of this application's ACS endpoint");
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && !(current instanceof ClaveConfigException)) {
            current = current.getCause();
        }
        return current;
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {
        static final PendingLoginStore STORE = mock(PendingLoginStore.class);
        static final ReplayCache REPLAY = mock(ReplayCache.class);
        static final ClaveMessages MESSAGES = new ClaveMessages();
        static final ClaveAuthoritiesMapper MAPPER = identity -> List.of();

        @Bean PendingLoginStore store() { return STORE; }
        @Bean ReplayCache replay() { return REPLAY; }
        @Bean ClaveMessages messages() { return MESSAGES; }
        @Bean ClaveAuthoritiesMapper mapper() { return MAPPER; }
    }
}
