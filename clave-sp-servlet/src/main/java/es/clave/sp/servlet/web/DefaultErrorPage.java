package es.clave.sp.servlet.web;

import es.clave.sp.error.ClaveError;
import es.clave.sp.error.ClaveMessages;
import es.clave.sp.servlet.ClaveErrorHandler;
import es.clave.sp.servlet.ClaveFailure;
import es.clave.sp.servlet.i18n.ServletMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;

/**
 * The built-in error page: the localized text of the failure, the support reference, and links to
 * try again and to the home page. Never an exception message or a status message from the gateway
 * (SEC-H6, SEC-H7).
 */
public final class DefaultErrorPage implements ClaveErrorHandler {

    private final CitizenPage page;

    /** @param messages the page texts (built-in look, no theme) */
    public DefaultErrorPage(ServletMessages messages) {
        this(messages, PageTheme.NONE);
    }

    /**
     * @param messages the page texts
     * @param theme    the application's theme stylesheet
     */
    public DefaultErrorPage(ServletMessages messages, PageTheme theme) {
        this.page = new CitizenPage(messages, theme);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, ClaveFailure failure)
            throws IOException {
        Locale locale = failure.locale();
        ServletMessages messages = page.messages();
        String title = messages.text(failure.error() == ClaveError.LOGOUT_FAILED
                ? "clave.servlet.logout.title" : ClaveMessages.ERROR_TITLE, locale);
        StringBuilder b = new StringBuilder(512);
        b.append("<p class=\"clave-message\">").append(Html.escape(failure.message())).append("</p>\n")
                .append("<p class=\"clave-reference\">")
                .append(Html.escape(messages.text(ClaveMessages.SUPPORT_REFERENCE, locale, failure.referenceId())))
                .append("</p>\n<p class=\"clave-actions\">");
        if (failure.retryUrl() != null) {
            b.append(CitizenPage.link("clave-button retry", failure.retryUrl(), messages.text(ClaveMessages.RETRY, locale)));
        }
        b.append(CitizenPage.link("clave-link home", failure.homeUrl(), messages.text(ClaveMessages.HOME, locale)))
                .append("</p>\n");
        page.write(response, failure.status(), "error", locale, title, "'none'", b.toString(), null);
    }
}
