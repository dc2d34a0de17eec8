package es.clave.stub.web;

import es.clave.stub.conformance.ConformanceReport;
import es.clave.stub.gateway.PostMessage;
import es.clave.stub.i18n.Phrase;

import java.util.Map;

import static es.clave.stub.web.Html.esc;

/** The auto-post page back to the SP and the error page. */
public final class ResultPages {

    private ResultPages() {
    }

    /**
     * The HTTP-POST binding page: a plain form with hidden inputs and a visible submit button, so it
     * works without JavaScript and is trivial to follow with an HTTP client; a one-line script
     * submits it for browsers that run scripts.
     */
    public static String autoPost(Messages m, PostMessage message, Phrase summary, boolean devMode) {
        StringBuilder b = new StringBuilder();
        b.append("<p>").append(esc(m.get("post.text"))).append("</p>");
        if (summary != null) {
            b.append("<p class=\"summary\"><small>").append(esc(m.get(summary))).append("</small></p>");
        }
        b.append("<form id=\"clave-response\" method=\"post\" action=\"").append(esc(message.action())).append("\">");
        for (Map.Entry<String, String> field : message.fields().entrySet()) {
            b.append("<input type=\"hidden\" name=\"").append(esc(field.getKey())).append("\" value=\"").append(esc(field.getValue())).append("\">");
        }
        b.append("<button type=\"submit\" class=\"primary\">").append(esc(m.get("post.submit"))).append("</button></form>")
                .append("<script>document.getElementById('clave-response').submit();</script>");
        return Html.page(m, m.get("post.title"), null, devMode, b.toString());
    }

    /** @return an error page with the localized {@code messageKey}, an optional detail and the findings */
    public static String error(Messages m, String messageKey, Phrase detail, ConformanceReport report, boolean devMode) {
        StringBuilder b = new StringBuilder();
        b.append("<p>").append(esc(m.get(messageKey))).append("</p>");
        if (detail != null) {
            b.append("<p><code>").append(esc(m.get(detail))).append("</code></p>");
        }
        if (report != null) {
            b.append(ReportHtml.render(m, report));
        }
        b.append("<p><a href=\"/stub\">").append(esc(m.get("nav.status"))).append("</a></p>");
        return Html.page(m, m.get("error.title"), null, devMode, b.toString());
    }
}
