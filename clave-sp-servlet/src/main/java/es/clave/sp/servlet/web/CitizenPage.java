package es.clave.sp.servlet.web;

import es.clave.sp.error.ClaveMessages;
import es.clave.sp.servlet.i18n.ServletMessages;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The frame every page of the adapters shares (error, logout confirmation, auto-post): headers,
 * {@code lang} of the texts actually shown, the built-in stylesheet inlined under the CSP nonce, the
 * application's theme stylesheet, and a card holding the page's own content. One implementation for
 * the servlet filter and the Spring adapter.
 */
final class CitizenPage {

    private final ServletMessages messages;
    private final PageTheme theme;

    CitizenPage(ServletMessages messages, PageTheme theme) {
        this.messages = messages;
        this.theme = theme == null ? PageTheme.NONE : theme;
    }

    ServletMessages messages() {
        return messages;
    }

    /**
     * @return the language of the texts {@code locale} gets, which is not always the locale's own: a
     *         language without texts falls back to Spanish, and the page must then say {@code es}
     */
    String language(Locale locale) {
        return messages.text(ClaveMessages.PAGE_LANGUAGE, locale);
    }

    /**
     * Writes one page.
     *
     * @param kind       the page's modifier class ({@code error}, {@code logout}, {@code redirect})
     * @param formAction the origin forms may post to, {@code 'none'} without forms
     * @param content    the card's HTML after the heading, every value already escaped
     * @param script     a script to run (under the nonce), or null
     */
    void write(HttpServletResponse response, int status, String kind, Locale locale, String title, String formAction,
               String content, String script) throws IOException {
        String nonce = PageHeaders.nonce();
        PageHeaders.apply(response, formAction, nonce, theme);
        response.setStatus(status);
        StringBuilder b = new StringBuilder(2048 + ClaveStyles.css().length() + content.length());
        b.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(language(locale))).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.escape(title)).append("</title>\n<style nonce=\"").append(nonce).append("\">")
                .append(ClaveStyles.css()).append("</style>\n");
        if (theme.stylesheet() != null) {
            b.append("<link rel=\"stylesheet\" href=\"").append(Html.escape(theme.stylesheet())).append("\">\n");
        }
        b.append("</head><body class=\"clave-page clave-page--").append(kind).append("\">\n<main class=\"clave-card\">\n<h1>")
                .append(Html.escape(title)).append("</h1>\n").append(content);
        b.append("</main>\n");
        if (script != null) {
            b.append("<script nonce=\"").append(nonce).append("\">").append(script).append("</script>\n");
        }
        b.append("</body></html>\n");
        PrintWriter out = response.getWriter();
        out.print(b);
        out.flush();
    }

    /** @return {@code <a class="..." href="...">text</a>}, escaped */
    static String link(String cssClass, String href, String text) {
        return "<a class=\"" + cssClass + "\" href=\"" + Html.escape(href) + "\">" + Html.escape(text) + "</a>";
    }
}
