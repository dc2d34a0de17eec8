package es.clave.sp.spring.testapp;

import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.spring.security.ClaveAuthorities;
import es.clave.sp.spring.security.ClaveConfigurer;
import es.clave.sp.login.LevelOfAssurance;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.stream.Collectors;

/**
 * The application the Spring tests log in to: a public page, protected pages, a page needing
 * a HIGH login, and one line of Cl@ve configuration. {@code test.failure-url} switches the
 * failure handling from the built-in error page to a redirect.
 */
@SpringBootApplication
public class TestApplication {

    /** The security configuration under test. */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, @Value("${test.failure-url:}") String failureUrl)
            throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/failed", "/error").permitAll()
                        .requestMatchers("/high").hasAuthority(ClaveAuthorities.loa(LevelOfAssurance.HIGH))
                        .anyRequest().authenticated())
                .with(ClaveConfigurer.clave(), c -> {
                    if (!failureUrl.isEmpty()) {
                        c.failureUrl(failureUrl);
                    }
                });
        return http.build();
    }

    /** Every audit event of the run, newest last, for tests that follow a login through the log. */
    public static final java.util.List<es.clave.sp.audit.AuditEvent> AUDIT =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Records audit events (and, being a bean, is wired into the configuration by the auto-configuration). */
    @Bean
    es.clave.sp.audit.AuditListener recordingAuditListener() {
        return AUDIT::add;
    }

    /** Pages answering plain text that tests read. */
    @RestController
    static class Pages {

        @GetMapping("/")
        String home() {
            return "home";
        }

        @GetMapping({"/private", "/private/**", "/high"})
        String identity(@AuthenticationPrincipal ClaveIdentity identity, Authentication authentication, CsrfToken csrf,
                        HttpSession session) {
            return "name=" + identity.displayName()
                    + "\nidentifier=" + identity.personIdentifier().value()
                    + "\nkind=" + identity.personIdentifier().kind()
                    + "\nmethod=" + identity.method()
                    + "\nloa=" + identity.levelOfAssurance()
                    + "\ncompany=" + identity.representedEntity().map(p -> p.name() + " " + p.identifier().value()).orElse("-")
                    + "\nauthorities=" + authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .sorted().collect(Collectors.joining(","))
                    + "\ncsrf=" + csrf.getToken()
                    + "\nnote=" + session.getAttribute("note") + "\n";
        }

        /** Stores an application attribute in the signed-in citizen's session. */
        @GetMapping("/private/note")
        String note(HttpSession session, @RequestParam String value) {
            session.setAttribute("note", value);
            return "noted";
        }

        @GetMapping("/failed")
        String failed(HttpSession session) {
            Object e = session == null ? null
                    : session.getAttribute(org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION);
            return "failed=" + (e instanceof es.clave.sp.spring.security.ClaveLoginFailedException f ? f.getError() : e);
        }
    }
}
