package es.clave.sp.examples.spring;

import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.spring.security.web.ClaveLoginButton;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;


/** The two pages of the example. */
@Controller
public class PagesController {

    private final ClaveLoginButton claveButton;

    /** @param claveButton renders the Cl@ve button in the visitor's language */
    public PagesController(ClaveLoginButton claveButton) {
        this.claveButton = claveButton;
    }

    /**
     * The public home page with the Cl@ve button (the template shows it with
     * {@code th:utext="${claveButton}"}) or, once signed in, a link to the private page.
     */
    @GetMapping("/")
    public String home(@AuthenticationPrincipal ClaveIdentity identity, HttpServletRequest request, Model model) {
        model.addAttribute("identity", identity);
        model.addAttribute("claveButton", claveButton.html(request, "/private"));
        return "home";
    }

    /** A protected page: who signed in, how, and what the application may let them do. */
    @GetMapping("/private")
    public String privatePage(@AuthenticationPrincipal ClaveIdentity identity, Authentication authentication,
                              Model model) {
        model.addAttribute("identity", identity);
        model.addAttribute("authorities", authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).sorted().toList());
        return "private";
    }
}
