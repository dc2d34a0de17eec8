package es.clave.stub.web;

import es.clave.stub.TestUser;
import es.clave.stub.exchange.Exchange;
import es.clave.stub.gateway.GatewayConfig;
import es.clave.stub.trust.SpRegistry;

import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static es.clave.stub.web.Html.esc;

/** The status page: endpoints, modes, registered SPs, test users and the last exchanges. */
public final class StatusPage {

    private StatusPage() {
    }

    /** Renders the page. */
    public static String render(Messages m, GatewayConfig config, SpRegistry registry, List<TestUser> users,
                                List<Exchange> exchanges, X509Certificate signing) {
        StringBuilder b = new StringBuilder();
        b.append("<h2>").append(esc(m.get("status.endpoints"))).append("</h2><ul>")
                .append("<li>").append(esc(m.get("status.baseUrl"))).append(": <code>").append(esc(config.baseUrl())).append("</code></li>")
                .append("<li>").append(esc(m.get("status.endpoint"))).append(": <code>").append(esc(config.baseUrl())).append("/Proxy2/ServiceProvider</code></li>")
                .append("<li><a href=\"/Proxy2/Certificates\">").append(esc(m.get("status.feed"))).append("</a> (")
                .append(esc(m.get("status.fingerprint"))).append(" <code>").append(esc(fingerprint(signing))).append("</code>)</li>")
                .append("<li><a href=\"/stub/api/exchanges\">/stub/api/exchanges</a> · <a href=\"/stub/api/exchanges/last/report\">/stub/api/exchanges/last/report</a></li>")
                .append("<li>").append(esc(m.get(config.strict() ? "status.strict" : "status.lenient"))).append("</li>")
                .append("<li>").append(esc(m.get(config.devMode() ? "status.devOn" : "status.devOff"))).append("</li></ul>");

        b.append("<h2>").append(esc(m.get("status.sps"))).append("</h2>");
        Map<String, List<X509Certificate>> sps = registry.registeredSps();
        if (sps.isEmpty()) {
            b.append("<p>").append(esc(m.get("status.none"))).append("</p>");
        } else {
            b.append("<table><thead><tr><th scope=\"col\">SP</th><th scope=\"col\">").append(esc(m.get("status.certificate")))
                    .append("</th><th scope=\"col\">").append(esc(m.get("status.encryption"))).append("</th></tr></thead><tbody>");
            for (Map.Entry<String, List<X509Certificate>> e : sps.entrySet()) {
                b.append("<tr><td>").append(esc(e.getKey())).append("</td><td>");
                for (X509Certificate c : e.getValue()) {
                    b.append(esc(c.getSubjectX500Principal().getName())).append(" <code>").append(esc(fingerprint(c))).append("</code><br>");
                }
                X509Certificate enc = registry.encryptedSps().get(e.getKey());
                b.append("</td><td>").append(enc == null ? "—" : esc(enc.getSubjectX500Principal().getName())).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }

        b.append("<h2>").append(esc(m.get("status.users"))).append("</h2><table><thead><tr><th scope=\"col\">id</th><th scope=\"col\">")
                .append(esc(m.get("status.name"))).append("</th><th scope=\"col\">PersonIdentifier</th><th scope=\"col\">")
                .append(esc(m.get("status.methods"))).append("</th></tr></thead><tbody>");
        for (TestUser u : users) {
            b.append("<tr><td>").append(esc(u.id())).append("</td><td>").append(esc(u.displayName()));
            if (u.isRepresentative()) {
                b.append(" — ").append(esc(m.get("user.represents", u.representedName(), u.representedCif())));
            }
            b.append("</td><td>").append(esc(u.identifier())).append("</td><td>").append(esc(u.methods().toString())).append("</td></tr>");
        }
        b.append("</tbody></table>");

        b.append("<h2>").append(esc(m.get("status.exchanges"))).append("</h2>");
        if (exchanges.isEmpty()) {
            b.append("<p>").append(esc(m.get("status.none"))).append("</p>");
        } else {
            b.append("<table><thead><tr><th scope=\"col\">#</th><th scope=\"col\">UTC</th><th scope=\"col\">")
                    .append(esc(m.get("status.kind"))).append("</th><th scope=\"col\">SP</th><th scope=\"col\">")
                    .append(esc(m.get("status.findings"))).append("</th><th scope=\"col\">").append(esc(m.get("status.outcome")))
                    .append("</th></tr></thead><tbody>");
            for (int i = exchanges.size() - 1; i >= 0; i--) {
                Exchange e = exchanges.get(i);
                b.append("<tr><td><a href=\"/stub/api/exchanges/").append(e.sequence()).append("\">").append(e.sequence()).append("</a></td><td>")
                        .append(esc(e.receivedAt().toString())).append("</td><td>").append(e.kind()).append("</td><td>").append(esc(e.spCode()))
                        .append("</td><td><a href=\"/stub/api/exchanges/").append(e.sequence()).append("/report\">")
                        .append(e.report().violations().size()).append(" MUST / ").append(e.report().warnings().size()).append(" SHOULD</a></td><td>")
                        .append(esc(m.get(e.summary()))).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        return Html.page(m, m.get("status.title"), "/stub", config.devMode(), b.toString());
    }

    /** @return the SHA-256 fingerprint of {@code c}, hex with colons */
    public static String fingerprint(X509Certificate c) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(c.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(d);
        } catch (Exception e) {
            return "?";
        }
    }
}
