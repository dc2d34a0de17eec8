package es.clave.sp.servlet.web;

import es.clave.sp.error.ClaveError;
import es.clave.sp.error.ClaveMessages;
import es.clave.sp.servlet.ClaveErrorHandler;
import es.clave.sp.servlet.ClaveFailure;
import es.clave.sp.servlet.i18n.ServletMessages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The built-in error page: the localized text of the failure, the support reference, and links to
 * try again and to the home page. Never an exception message or a status message from the gateway
 * (SEC-H6, SEC-H7).
 */
public final class DefaultErrorPage implements ClaveErrorHandler {

    private final ServletMessages messages;

    /** @param messages the page texts */
    public DefaultErrorPage(ServletMessages messages) {
        this.messages = messages;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, ClaveFailure failure)
            throws IOException {
        Locale locale = failure.locale();
        String nonce = PageHeaders.nonce();
        PageHeaders.apply(response, "'none'", nonce);
        response.setStatus(failure.status());
        String title = messages.text(failure.error() == ClaveError.LOGOUT_FAILED
                ? "clave.servlet.logout.title" : ClaveMessages.ERROR_TITLE, locale);
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html>\n<html lang=\"" + Html.escape(locale.getLanguage()) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + "</title>"
                + "<style nonce=\"" + nonce + "\">body{font-family:sans-serif;margin:2em auto;max-width:40em;padding:0 1em}"
                + ".ref{color:#555;font-size:.9em}</style></head><body>\n");
        out.print("<h1>" + Html.escape(title) + "</h1>\n");
        out.print("<p class=\"message\">" + Html.escape(failure.message()) + "</p>\n");
        out.print("<p class=\"ref\">" + Html.escape(messages.text(ClaveMessages.SUPPORT_REFERENCE, locale,
                failure.referenceId())) + "</p>\n<p>");
        if (failure.retryUrl() != null) {
            out.print("<a class=\"retry\" href=\"" + Html.escape(failure.retryUrl()) + "\">"
                    + Html.escape(messages.text(ClaveMessages.RETRY, locale)) + "</a> · ");
        }
        out.print("<a class=\"home\" href=\"" + Html.escape(failure.homeUrl()) + "\">"
                + Html.escape(messages.text(ClaveMessages.HOME, locale)) + "</a></p>\n</body></html>\n");
        out.flush();
    }
}
