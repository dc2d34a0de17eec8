package es.clave.sp.servlet;

import es.clave.sp.error.ClaveMessages;
import es.clave.sp.servlet.web.Html;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * Renders the "Acceder con Cl@ve" button (in the request's language: "Accediu amb Cl@ve",
 * "Acceder con Cl@ve", …) as an HTML link to the login endpoint. For JSP pages the same is
 * available as {@code <clave:button returnTo="/private"/>} with
 * {@code <%@ taglib prefix="clave" uri="urn:clave-sp:servlet" %>}.
 *
 * <p>Style it with the CSS class {@value #CSS_CLASS}.
 */
public final class ClaveButton {

    /** CSS class on the rendered link. */
    public static final String CSS_CLASS = "clave-button";
    /** Message key of the button label. */
    public static final String LABEL_KEY = ClaveMessages.LOGIN_BUTTON;

    private ClaveButton() {
    }

    /** @return the button, returning to the default page after login */
    public static String html(HttpServletRequest request) {
        return html(request, null);
    }

    /**
     * @param request  the current request (its context holds the initialised {@link ClaveFilter})
     * @param returnTo the origin-relative page to return to after login, or null for the default page
     * @return the button's HTML
     * @throws IllegalStateException when no {@link ClaveFilter} is initialised in this web application
     */
    public static String html(HttpServletRequest request, String returnTo) {
        ClaveFilter filter = ClaveFilter.from(request);
        Locale locale = filter.locale(request);
        String target = returnTo == null || returnTo.isBlank() ? null : returnTo;
        return render(filter.loginUrl(target), filter.messages().text(LABEL_KEY, locale), locale);
    }

    /**
     * Renders the button for any adapter (the Spring one uses it too).
     *
     * @param loginUrl the login endpoint URL the button links to
     * @param label    the localized label
     * @param locale   the label's language
     * @return the button's HTML, every value escaped
     */
    public static String render(String loginUrl, String label, Locale locale) {
        return "<a class=\"" + CSS_CLASS + "\" lang=\"" + Html.escape(locale.getLanguage()) + "\" href=\""
                + Html.escape(loginUrl) + "\">" + Html.escape(label) + "</a>";
    }
}
