package es.clave.sp.examples.readme;

import es.clave.sp.examples.spring.LocalGatewayConfiguration;
import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.spring.security.ClaveConfigurer;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * An application whose security is the {@code clave-sp-spring} README's snippet, character for
 * character (checked by {@link PendingLoginBrowserTests#securityIsTheReadmeSnippet}), with a home
 * page that makes the browser ask for the favicon, a protected image and protected {@code fetch()}
 * calls, as real pages do. Uses the example's embedded stub ({@code local} profile).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({LocalGatewayConfiguration.class, ReadmeSnippetApplication.Pages.class})
public class ReadmeSnippetApplication {

    // --- the README snippet (keep it identical to clave-sp-spring/README.md) ---
    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/", "/error").permitAll().anyRequest().authenticated())
            .with(ClaveConfigurer.clave(), Customizer.withDefaults());
        return http.build();
    }
    // --- end of the README snippet ---

    /** The home page with sub-resources, and the protected page. */
    @RestController
    static class Pages {

        @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
        String home() {
            // the script reports what the sub-resource requests got, for the test to read
            return """
                    <!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Sede</title>
                    <link rel="icon" href="/favicon.ico"></head><body>
                    <img id="logo" src="/private/logo.png" alt="">
                    <a id="login" href="/clave/login?returnTo=/private">Acceder con Cl@ve</a>
                    <p id="statuses"></p>
                    <script>
                      const logo = document.getElementById('logo');
                      const image = new Promise(r => { logo.onerror = () => r('image-error'); logo.onload = () => r('image-loaded'); });
                      Promise.all([
                        fetch('/clave/login', {credentials: 'include', redirect: 'manual'}).then(r => 'login-' + r.status),
                        fetch('/private/api', {credentials: 'include', redirect: 'manual'}).then(r => 'api-' + r.status),
                        fetch('/favicon.ico', {credentials: 'include', redirect: 'manual'}).then(r => 'favicon-' + r.status),
                        image
                      ]).then(all => { document.getElementById('statuses').textContent = all.join(' '); });
                    </script></body></html>
                    """;
        }

        @GetMapping(value = "/private", produces = MediaType.TEXT_HTML_VALUE)
        String page(@AuthenticationPrincipal ClaveIdentity citizen) {
            return "<!DOCTYPE html><html lang=\"es\"><body><p id=\"name\">"
                    + HtmlUtils.htmlEscape(citizen.givenName() + " " + citizen.familyName()) + "</p></body></html>";
        }
    }
}
