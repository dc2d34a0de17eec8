package es.clave.sp.servlet.web;

import es.clave.sp.error.ClaveMessages;
import es.clave.sp.login.PostForm;
import es.clave.sp.servlet.i18n.ServletMessages;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * Renders an HTTP-POST binding message (BND-1) as a page that submits itself. Without JavaScript
 * the citizen sees a short text and a visible Continue button that posts the same form.
 */
public final class AutoPostPage {

    private final ServletMessages messages;

    /** @param messages the page texts */
    public AutoPostPage(ServletMessages messages) {
        this.messages = messages;
    }

    /**
     * Writes the page.
     *
     * @param form   the form to post
     * @param locale the page language
     */
    public void render(HttpServletResponse response, PostForm form, Locale locale) throws IOException {
        String nonce = PageHeaders.nonce();
        PageHeaders.apply(response, origin(form.action()), nonce);
        response.setStatus(HttpServletResponse.SC_OK);
        String lang = locale.getLanguage();
        PrintWriter out = response.getWriter();
        out.print("<!DOCTYPE html>\n<html lang=\"" + Html.escape(lang) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(messages.text(ClaveMessages.PAGE_TITLE, locale)) + "</title>"
                + "<style nonce=\"" + nonce + "\">body{font-family:sans-serif;margin:2em auto;max-width:40em;padding:0 1em}"
                + "button{font-size:1.1em;padding:.5em 1.5em}</style></head><body>\n");
        out.print("<h1>" + Html.escape(messages.text(ClaveMessages.PAGE_TITLE, locale)) + "</h1>\n");
        out.print("<form method=\"post\" action=\"" + Html.escape(form.action().toString()) + "\">\n");
        for (Map.Entry<String, String> field : form.fields().entrySet()) {
            out.print("<input type=\"hidden\" name=\"" + Html.escape(field.getKey()) + "\" value=\""
                    + Html.escape(field.getValue()) + "\">\n");
        }
        out.print("<p>" + Html.escape(messages.text(ClaveMessages.REDIRECT_MESSAGE, locale)) + "</p>\n");
        out.print("<button type=\"submit\">" + Html.escape(messages.text(ClaveMessages.CONTINUE, locale))
                + "</button>\n</form>\n");
        out.print("<script nonce=\"" + nonce + "\">document.forms[0].submit();</script>\n</body></html>\n");
        out.flush();
    }

    private static String origin(URI action) {
        int port = action.getPort();
        return action.getScheme() + "://" + action.getHost() + (port < 0 ? "" : ":" + port);
    }
}
