package es.clave.sp.examples.spring;

import es.clave.sp.spring.security.ClaveConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** The whole Cl@ve integration of this application: one {@code .with(ClaveConfigurer.clave(), ...)} line. */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** Public home page, everything else needs a Cl@ve login. */
    @Bean
    public SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/error", "/app.css", "/favicon.ico", "/actuator/health").permitAll()
                        .anyRequest().authenticated())
                .with(ClaveConfigurer.clave(), clave -> clave.logoutSuccessUrl("/clave/logged-out"));
        return http.build();
    }
}
