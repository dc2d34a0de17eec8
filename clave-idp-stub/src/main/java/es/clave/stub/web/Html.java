package es.clave.stub.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** HTML escaping and the common page layout (lang attribute, heading, banners, language links). */
public final class Html {

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:0;color:#1b1b1b;background:#f4f6f8}"
            + "header{background:#8c0e1f;color:#fff;padding:.6rem 1rem}header p{margin:0}"
            + "main{box-sizing:border-box;width:calc(100% - 2rem);max-width:60rem;margin:1rem auto;background:#fff;padding:1rem 1.5rem;border-radius:.4rem}"
            + ".banner{background:#fff3cd;border:2px solid #b58100;padding:.5rem 1rem;margin:0 0 1rem;font-weight:bold}"
            + ".methods a,.button,button{display:inline-block;margin:.3rem 0;padding:.6rem 1rem;border:1px solid #8c0e1f;"
            + "border-radius:.3rem;color:#8c0e1f;background:#fff;text-decoration:none;font-family:inherit;font-size:1rem;cursor:pointer}"
            + "button.primary{background:#8c0e1f;color:#fff}a:focus,button:focus,input:focus,select:focus,summary:focus"
            + "{outline:3px solid #1d70b8;outline-offset:2px}ul.methods{list-style:none;padding:0}"
            + "table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ccc;padding:.3rem;text-align:left;vertical-align:top}"
            + ".MUST{color:#a00;font-weight:bold}.SHOULD{color:#805b00}fieldset{margin:1rem 0}label{margin-left:.3rem}"
            + "nav.lang a{color:#fff;margin-right:.6rem}code,pre{white-space:pre-wrap;word-break:break-all}";

    private Html() {
    }

    /** @return {@code text} escaped for element content and quoted attributes; "" for null */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** @return {@code value} URL-encoded for a query string */
    public static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Wraps {@code body} in a complete page.
     *
     * @param path    the current path, for the language links
     * @param devMode whether to show the dev-mode banner
     */
    public static String page(Messages m, String title, String path, boolean devMode, String body) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(esc(m.language())).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" · clave-idp-stub</title><style>").append(STYLE)
                .append("</style></head><body><header><p>").append(esc(m.get("header.stub"))).append("</p>");
        if (path != null) {
            b.append("<nav class=\"lang\" aria-label=\"").append(esc(m.get("nav.languages"))).append("\">");
            for (String lang : Messages.LANGUAGES) {
                b.append("<a href=\"").append(esc(path)).append(path.contains("?") ? "&amp;" : "?").append("lang=").append(lang)
                        .append("\" lang=\"").append(lang).append("\" hreflang=\"").append(lang).append("\"")
                        .append(lang.equals(m.language()) ? " aria-current=\"true\"" : "").append(">")
                        .append(esc(languageName(lang))).append("</a>");
            }
            b.append("</nav>");
        }
        b.append("</header><main>");
        if (devMode) {
            b.append("<p class=\"banner\" role=\"alert\">").append(esc(m.get("banner.dev"))).append("</p>");
        }
        b.append("<h1>").append(esc(title)).append("</h1>").append(body).append("</main></body></html>\n");
        return b.toString();
    }

    private static String languageName(String lang) {
        return switch (lang) {
            case "es" -> "Castellano";
            case "ca" -> "Català";
            case "gl" -> "Galego";
            case "eu" -> "Euskara";
            default -> "English";
        };
    }
}
