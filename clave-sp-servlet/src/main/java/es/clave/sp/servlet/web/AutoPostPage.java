package es.clave.sp.servlet.web;

import es.clave.sp.error.ClaveMessages;
import es.clave.sp.login.PostForm;
import es.clave.sp.servlet.i18n.ServletMessages;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * Renders an HTTP-POST binding message (BND-1) as a page that submits itself. Without JavaScript
 * the citizen sees a short text and a visible Continue button that posts the same form; the script
 * that submits it runs only under the page's CSP nonce.
 */
public final class AutoPostPage {

    private final CitizenPage page;

    /** @param messages the page texts (built-in look, no theme) */
    public AutoPostPage(ServletMessages messages) {
        this(messages, PageTheme.NONE);
    }

    /**
     * @param messages the page texts
     * @param theme    the application's theme stylesheet
     */
    public AutoPostPage(ServletMessages messages, PageTheme theme) {
        this.page = new CitizenPage(messages, theme);
    }

    /**
     * Writes the page.
     *
     * @param form   the form to post
     * @param locale the page language
     */
    public void render(HttpServletResponse response, PostForm form, Locale locale) throws IOException {
        ServletMessages messages = page.messages();
        StringBuilder b = new StringBuilder(form.fields().values().stream().mapToInt(String::length).sum() + 512);
        b.append("<form method=\"post\" action=\"").append(Html.escape(form.action().toString())).append("\">\n");
        for (Map.Entry<String, String> field : form.fields().entrySet()) {
            b.append("<input type=\"hidden\" name=\"").append(Html.escape(field.getKey())).append("\" value=\"")
                    .append(Html.escape(field.getValue())).append("\">\n");
        }
        b.append("<p class=\"clave-message\">").append(Html.escape(messages.text(ClaveMessages.REDIRECT_MESSAGE, locale)))
                .append("</p>\n<p class=\"clave-actions\"><button type=\"submit\" class=\"clave-button\">")
                .append(Html.escape(messages.text(ClaveMessages.CONTINUE, locale))).append("</button></p>\n</form>\n");
        page.write(response, HttpServletResponse.SC_OK, "redirect", locale, messages.text(ClaveMessages.PAGE_TITLE, locale),
                origin(form.action()), b.toString(), "document.forms[0].submit();");
    }

    private static String origin(URI action) {
        int port = action.getPort();
        return action.getScheme() + "://" + action.getHost() + (port < 0 ? "" : ":" + port);
    }
}
