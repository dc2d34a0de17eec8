package es.clave.stub.web;

import es.clave.stub.ClaveMethod;
import es.clave.stub.Failure;
import es.clave.stub.TestUser;
import es.clave.stub.gateway.LoginTransaction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static es.clave.stub.web.Html.esc;

/** The citizen's pages: the method chooser and the test-user page of one method. */
public final class LoginPages {

    /** Path prefix of a waiting login's pages. */
    public static final String LOGIN_PATH = "/stub/login/";

    private LoginPages() {
    }

    /** @return the chooser: offered methods, excluded/hidden ones explained, cancel link, conformance report */
    public static String chooser(Messages m, LoginTransaction tx, boolean devMode) {
        String base = LOGIN_PATH + tx.id();
        String lang = "?lang=" + m.language();
        StringBuilder b = new StringBuilder();
        String app = tx.facts().applicationName() != null ? tx.facts().applicationName() : tx.facts().spCode();
        b.append("<p>").append(esc(m.get("chooser.intro", app == null ? "?" : app, m.get("loa." + tx.requestedLoa())))).append("</p>");
        b.append("<nav aria-label=\"").append(esc(m.get("chooser.title"))).append("\"><ul class=\"methods\">");
        for (ClaveMethod method : tx.selectableMethods()) {
            b.append("<li><a id=\"method-").append(method).append("\" href=\"").append(esc(base + "/" + method + lang)).append("\">")
                    .append(esc(m.get("method." + method))).append("</a></li>");
        }
        b.append("</ul></nav>");
        if (!tx.facts().excluded().isEmpty()) {
            b.append("<p>").append(esc(m.get("chooser.excluded", names(m, new ArrayList<>(tx.facts().excluded()))))).append("</p>");
        }
        List<ClaveMethod> hidden = new ArrayList<>(tx.offeredMethods());
        hidden.removeAll(tx.selectableMethods());
        if (!hidden.isEmpty()) {
            b.append("<p>").append(esc(m.get("chooser.insufficient", names(m, hidden)))).append("</p>");
        }
        b.append("<p><a class=\"button\" id=\"cancel\" href=\"").append(esc(base + "/cancel" + lang)).append("\">")
                .append(esc(m.get("chooser.cancel"))).append("</a></p>");
        b.append(ReportHtml.render(m, tx.exchange().report()));
        return Html.page(m, m.get("chooser.title"), base, devMode, b.toString());
    }

    /** @return the test-user page of {@code method}: users, outcomes, the tester panel with the whole failure catalogue */
    public static String userPage(Messages m, LoginTransaction tx, ClaveMethod method, List<TestUser> users, boolean devMode) {
        String base = LOGIN_PATH + tx.id();
        StringBuilder b = new StringBuilder();
        b.append("<form method=\"post\" action=\"").append(esc(base + "/finish")).append("\">")
                .append(hidden("method", method.name())).append(hidden("lang", m.language()));
        b.append("<fieldset><legend>").append(esc(m.get("user.legend"))).append("</legend>");
        boolean first = true;
        for (TestUser u : users) {
            String id = "user-" + u.id();
            b.append("<div><input type=\"radio\" name=\"user\" id=\"").append(esc(id)).append("\" value=\"").append(esc(u.id())).append("\"")
                    .append(first ? " checked" : "").append("><label for=\"").append(esc(id)).append("\">")
                    .append(esc(u.displayName())).append(" (").append(esc(u.identifier())).append(")");
            if (u.isRepresentative()) {
                b.append(" — ").append(esc(m.get("user.represents", u.representedName(), u.representedCif())));
            }
            b.append("</label></div>");
            first = false;
        }
        b.append("</fieldset><fieldset><legend>").append(esc(m.get("outcome.legend"))).append("</legend>");
        first = true;
        for (String outcome : outcomes(method)) {
            b.append("<div><input type=\"radio\" name=\"outcome\" id=\"outcome-").append(outcome).append("\" value=\"").append(outcome).append("\"")
                    .append(first ? " checked" : "").append("><label for=\"outcome-").append(outcome).append("\">")
                    .append(esc(m.get("outcome." + outcome))).append("</label></div>");
            first = false;
        }
        b.append("</fieldset><details><summary>").append(esc(m.get("tester.summary"))).append("</summary>")
                .append("<p>").append(esc(m.get("tester.help"))).append("</p><label for=\"failure\">").append(esc(m.get("tester.label")))
                .append("</label> <select name=\"failure\" id=\"failure\"><option value=\"\">").append(esc(m.get("tester.none"))).append("</option>");
        for (Failure f : Failure.values()) {
            b.append("<option value=\"").append(f).append("\">").append(f).append(" — ").append(esc(m.get("failure." + f.name()))).append("</option>");
        }
        b.append("</select></details><p><button type=\"submit\" class=\"primary\">").append(esc(m.get("user.submit"))).append("</button> ")
                .append("<a class=\"button\" href=\"").append(esc(base + "?lang=" + m.language())).append("\">").append(esc(m.get("user.back")))
                .append("</a></p></form>");
        return Html.page(m, m.get("user.title", m.get("method." + method)), base + "/" + method, devMode, b.toString());
    }

    /** @return the outcomes offered on the page of {@code method}: "SUCCESS" then the failures typical of it */
    public static List<String> outcomes(ClaveMethod method) {
        List<String> out = new ArrayList<>(List.of("SUCCESS", Failure.USER_CANCELLED.name()));
        EnumSet<Failure> typical = switch (method) {
            case AFIRMA -> EnumSet.of(Failure.CERTIFICATE_EXPIRED, Failure.CERTIFICATE_REVOKED,
                    Failure.CERTIFICATE_TYPE_NOT_ALLOWED, Failure.NO_CERTIFICATE);
            case EIDAS -> EnumSet.of(Failure.AUTHENTICATION_FAILED);
            default -> EnumSet.of(Failure.WRONG_PASSWORD);
        };
        typical.forEach(f -> out.add(f.name()));
        out.add(Failure.LOA_TOO_LOW.name());
        return out;
    }

    private static String names(Messages m, List<ClaveMethod> methods) {
        return String.join(", ", methods.stream().sorted().map(x -> m.get("method." + x)).toList());
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + esc(name) + "\" value=\"" + esc(value) + "\">";
    }
}
