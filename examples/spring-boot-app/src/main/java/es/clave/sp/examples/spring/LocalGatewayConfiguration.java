package es.clave.sp.examples.spring;

import es.clave.sp.keys.SpCredential;
import es.clave.sp.spring.autoconfigure.ClaveSpConfigCustomizer;
import es.clave.stub.ClaveStub;
import es.clave.stub.trust.StubKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;

/**
 * The {@code local} profile (the default): starts the Cl@ve gateway stub in this process and
 * wires the SP to it, so the whole journey runs with nothing but this repository. Everything
 * here is TEST-ONLY: the SP key is generated at every start and only the stub trusts it.
 *
 * <p>The properties in {@code application-local.properties} say the rest (LOCAL environment, SP
 * code, ACS URL); this class adds what cannot be written in a file: the stub's certificate and the
 * generated key, through a {@link ClaveSpConfigCustomizer}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
public class LocalGatewayConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(LocalGatewayConfiguration.class);

    /** The embedded gateway stub on {@code clave-example.stub-port} (8081). */
    @Bean(destroyMethod = "close")
    public ClaveStub claveStub(@Value("${clave-example.stub-port:8081}") int port) {
        // development mode off: the stub accepts only the SP registered below, as Cl@ve does
        return ClaveStub.builder().port(port).devMode(false).start();
    }

    /** Registers a freshly generated TEST-ONLY SP key with the stub and trusts the stub's certificate. */
    @Bean
    public ClaveSpConfigCustomizer localGateway(ClaveStub stub, @Value("${clave.sp.code}") String spCode) {
        StubKeys.KeyAndCertificate key = StubKeys.generate("TEST-ONLY clave-sp Spring Boot example");
        stub.registerSp(spCode, key.certificate());
        // the "ready" banner is printed once the web server listens (see readyBanner)
        return builder -> builder
                .gatewayBaseUrl(stub.baseUrl())
                .signingCredential(SpCredential.of(key.privateKey(), key.certificate(), "generated at start-up (TEST-ONLY)"))
                .addTrustedCertificate(stub.signingCertificate());
    }

    /** Prints one clear banner line with both URLs once the application is ready to serve. */
    @EventListener(ApplicationReadyEvent.class)
    public void readyBanner(ApplicationReadyEvent event) {
        LOG.info("==> clave-sp Spring Boot example ready: open http://localhost:{}/  (Cl@ve gateway: TEST-ONLY stub at {})",
                event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080"),
                event.getApplicationContext().getBean(ClaveStub.class).baseUrl());
    }
}
