package es.clave.sp.examples.spring;

import es.clave.sp.identity.ClaveIdentity;
import es.clave.sp.servlet.ClaveButton;
import es.clave.sp.servlet.i18n.ServletMessages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Locale;

/** The two pages of the example. */
@Controller
public class PagesController {

    private final ServletMessages messages;

    /** @param messages the Cl@ve texts (the button label in the visitor's language) */
    public PagesController(ServletMessages messages) {
        this.messages = messages;
    }

    /** The public home page with the Cl@ve button (or, once signed in, a link to the private page). */
    @GetMapping("/")
    public String home(@AuthenticationPrincipal ClaveIdentity identity, HttpServletRequest request, Locale locale,
                       Model model) {
        model.addAttribute("identity", identity);
        // the same button markup as the servlet adapter's, linking to the configurer's login endpoint
        model.addAttribute("claveButton", ClaveButton.render(request.getContextPath() + "/clave/login?returnTo=/private",
                messages.text(ClaveButton.LABEL_KEY, locale), locale));
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
