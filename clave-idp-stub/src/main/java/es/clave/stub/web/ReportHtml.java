package es.clave.stub.web;

import es.clave.stub.conformance.ConformanceReport;
import es.clave.stub.conformance.Finding;

import static es.clave.stub.web.Html.esc;

/** Renders a conformance report as an accessible table, in the page's language (values quoted from the request stay as sent). */
final class ReportHtml {

    private ReportHtml() {
    }

    static String render(Messages m, ConformanceReport report) {
        StringBuilder b = new StringBuilder();
        b.append("<section aria-labelledby=\"report-title\"><h2 id=\"report-title\">").append(esc(m.get("report.title"))).append("</h2>");
        if (report == null || report.isClean()) {
            b.append("<p>").append(esc(m.get("report.clean"))).append("</p></section>");
            return b.toString();
        }
        b.append("<p>").append(esc(m.get("report.summary", report.violations().size(), report.warnings().size()))).append("</p>");
        b.append("<table><caption>").append(esc(m.get("report.title"))).append("</caption><thead><tr><th scope=\"col\">")
                .append(esc(m.get("report.rule"))).append("</th><th scope=\"col\">").append(esc(m.get("report.severity")))
                .append("</th><th scope=\"col\">").append(esc(m.get("report.problem"))).append("</th><th scope=\"col\">")
                .append(esc(m.get("report.fix"))).append("</th></tr></thead><tbody>");
        for (Finding f : report.findings()) {
            b.append("<tr><td>").append(esc(f.ruleId())).append("</td><td class=\"").append(f.severity()).append("\">")
                    .append(f.severity()).append("</td><td>").append(esc(m.problem(f))).append("</td><td>")
                    .append(esc(m.fix(f))).append("</td></tr>");
        }
        return b.append("</tbody></table></section>").toString();
    }
}
