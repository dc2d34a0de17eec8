package es.clave.sp.servlet.web;

import es.clave.sp.error.ClaveMessages;
import es.clave.sp.servlet.i18n.ServletMessages;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;

/**
 * The page that confirms a completed logout (LGO-2): signed out of the application and of Cl@ve,
 * with a link home. Both adapters serve it at {@code <prefix>/logged-out}; point the after-logout
 * setting there to use it.
 */
public final class LogoutConfirmationPage {

    /** Path of the page under the endpoint prefix. */
    public static final String PATH = "/logged-out";

    private final CitizenPage page;

    /**
     * @param messages the page texts
     * @param theme    the application's theme stylesheet
     */
    public LogoutConfirmationPage(ServletMessages messages, PageTheme theme) {
        this.page = new CitizenPage(messages, theme);
    }

    /**
     * Writes the page.
     *
     * @param homeUrl where the "back to the home page" link goes
     * @param locale  the page language
     */
    public void render(HttpServletResponse response, String homeUrl, Locale locale) throws IOException {
        ServletMessages messages = page.messages();
        String content = "<p class=\"clave-message\">" + Html.escape(messages.text(ClaveMessages.LOGOUT_MESSAGE, locale))
                + "</p>\n<p class=\"clave-actions\">"
                + CitizenPage.link("clave-button home", homeUrl, messages.text(ClaveMessages.HOME, locale)) + "</p>\n";
        page.write(response, HttpServletResponse.SC_OK, "logout", locale, messages.text(ClaveMessages.LOGOUT_TITLE, locale),
                "'none'", content, null);
    }
}
