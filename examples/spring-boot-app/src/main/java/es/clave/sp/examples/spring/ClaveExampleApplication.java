package es.clave.sp.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot example: a home page with the Cl@ve button and a protected page showing who
 * signed in. Without configuration it runs the {@code local} profile, which starts the gateway stub
 * in this process (see {@link LocalGatewayConfiguration}); {@code --spring.profiles.active=pre}
 * talks to Cl@ve pre-production with the values in {@code application-pre.properties}.
 */
@SpringBootApplication
public class ClaveExampleApplication {

    /** Starts the application on port 8080. */
    public static void main(String[] args) {
        SpringApplication.run(ClaveExampleApplication.class, args);
    }
}
