package es.clave.sp.spring.security.web;

import es.clave.sp.servlet.ClaveButton;
import es.clave.sp.servlet.i18n.LocaleSelector;
import es.clave.sp.servlet.i18n.ServletMessages;
import es.clave.sp.servlet.web.ClaveStyles;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The "Acceder con Cl@ve" button for Spring MVC views, provided as the bean {@code claveLoginButton}.
 * In the controller, {@code model.addAttribute("claveButton", claveLoginButton.html(request, "/private"))};
 * in a Thymeleaf template:
 * <pre>{@code
 * <link rel="stylesheet" th:href="@{/clave/clave.css}">
 * <div th:utext="${claveButton}"></div>
 * }</pre>
 * The label is in the language the adapter's pages use for the request (Accept-Language among es,
 * ca, gl, eu, en; Spanish otherwise), the markup is {@link ClaveButton}'s, every value escaped.
 */
public final class ClaveLoginButton {

    private final ServletMessages messages;
    private final LocaleSelector locales;
    private final String prefix;

    /**
     * @param messages the texts
     * @param locales  chooses the label's language
     * @param prefix   the Cl@ve endpoints' prefix ({@code ClaveConfigurer}'s, {@code /clave} by default)
     */
    public ClaveLoginButton(ServletMessages messages, LocaleSelector locales, String prefix) {
        this.messages = messages;
        this.locales = locales;
        this.prefix = prefix;
    }

    /**
     * @param returnTo context-relative page to come back to after login, or null for the default page
     * @return the button for the current request
     * @throws IllegalStateException outside a web request
     */
    public String html(String returnTo) {
        return html(currentRequest(), returnTo);
    }

    /**
     * @param request  the request being answered
     * @param returnTo context-relative page to come back to after login, or null for the default page
     * @return the button's HTML
     */
    public String html(HttpServletRequest request, String returnTo) {
        String login = request.getContextPath() + prefix + "/login";
        if (returnTo != null && !returnTo.isBlank()) {
            login += "?returnTo=" + URLEncoder.encode(returnTo, StandardCharsets.UTF_8);
        }
        return ClaveButton.render(login, messages, locales.select(request));
    }

    /** @return the origin-relative URL of the stylesheet for the current request, e.g. {@code /clave/clave.css} */
    public String stylesheetUrl() {
        return currentRequest().getContextPath() + prefix + "/" + ClaveStyles.FILE_NAME;
    }

    private static HttpServletRequest currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        throw new IllegalStateException("the Cl@ve button needs the current web request; call html(request, returnTo)");
    }
}
