package es.clave.sp.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import java.util.List;
import java.util.Locale;

/**
 * The Spring Boot example: a home page with the Cl@ve button and a protected page showing who
 * signed in. Without configuration it runs the {@code local} profile, which starts the gateway stub
 * in this process (see {@link LocalGatewayConfiguration}); {@code --spring.profiles.active=pre}
 * talks to Cl@ve pre-production with the values in {@code application-pre.properties}.
 */
@SpringBootApplication
public class ClaveExampleApplication {

    /**
     * The pages' language: the browser's first choice among the five the example is written in,
     * Spanish when it sends none of them (so {@code <html lang>} always names the texts' language).
     */
    @Bean
    public LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.forLanguageTag("es"), Locale.forLanguageTag("ca"),
                Locale.forLanguageTag("gl"), Locale.forLanguageTag("eu"), Locale.ENGLISH));
        resolver.setDefaultLocale(Locale.forLanguageTag("es"));
        return resolver;
    }

    /** Starts the application on port 8080. */
    public static void main(String[] args) {
        SpringApplication.run(ClaveExampleApplication.class, args);
    }
}
