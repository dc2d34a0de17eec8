package es.clave.sp.servlet;

import es.clave.sp.error.ClaveMessages;
import es.clave.sp.servlet.i18n.ServletMessages;
import es.clave.sp.servlet.web.ClaveStyles;
import es.clave.sp.servlet.web.Html;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * Renders the "Acceder con Cl@ve" button (in the request's language: "Accediu amb Cl@ve",
 * "Acceder con Cl@ve", …) as an HTML link to the login endpoint. For JSP pages the same is
 * available as {@code <clave:button returnTo="/private"/>} with
 * {@code <%@ taglib prefix="clave" uri="urn:clave-sp:servlet" %>}.
 *
 * <p>It carries the CSS class {@value #CSS_CLASS}, styled by the adapter's stylesheet: link it
 * in the page's head as {@code <link rel="stylesheet" href="/app/clave/clave.css">} (served by the
 * filter, {@link #stylesheetUrl(HttpServletRequest)}) and theme it with the {@code --clave-*}
 * custom properties (docs/guides/theming.md).
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
        return render(filter.loginUrl(target), filter.messages(), locale);
    }

    /**
     * Renders the button with its label in {@code locale}, and a {@code lang} attribute naming the
     * language the label is really written in (Spanish for a locale without texts).
     *
     * @param loginUrl the login endpoint URL the button links to
     * @param messages the texts
     * @param locale   the citizen's locale
     * @return the button's HTML, every value escaped
     */
    public static String render(String loginUrl, ServletMessages messages, Locale locale) {
        return render(loginUrl, messages.text(LABEL_KEY, locale),
                Locale.forLanguageTag(messages.text(ClaveMessages.PAGE_LANGUAGE, locale)));
    }

    /**
     * @param request the current request (its context holds the initialised {@link ClaveFilter})
     * @return the origin-relative URL of the stylesheet, e.g. {@code /app/clave/clave.css}
     */
    public static String stylesheetUrl(HttpServletRequest request) {
        return ClaveFilter.from(request).endpointUrl(ClaveStyles.FILE_NAME);
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
