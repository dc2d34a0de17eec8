package es.clave.sp.servlet.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first POST form of an HTML page, read the way a browser would submit it: its action and the
 * values of its named inputs. Tolerates either quoting and any attribute order, enough for the
 * adapter's and the stub's auto-post pages.
 *
 * @param action the form's action, entity-decoded
 * @param fields input name to value, entity-decoded
 */
record HtmlForm(String action, Map<String, String> fields) {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    /** @return the first form with method POST, if the page has one */
    static Optional<HtmlForm> firstPostForm(String html) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, String> formAttributes = attributes(form.group(1));
            if (!"post".equalsIgnoreCase(formAttributes.getOrDefault("method", "get"))) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                Map<String, String> a = attributes(input.group(1));
                String type = a.getOrDefault("type", "text").toLowerCase();
                if (a.containsKey("name") && !type.equals("submit") && !type.equals("button")) {
                    fields.put(a.get("name"), a.getOrDefault("value", ""));
                }
            }
            return Optional.of(new HtmlForm(formAttributes.getOrDefault("action", ""), fields));
        }
        return Optional.empty();
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            out.put(m.group(1).toLowerCase(), unescape(m.group(3) != null ? m.group(3) : m.group(4)));
        }
        return out;
    }

    /** @return {@code text} with HTML character references decoded */
    static String unescape(String text) {
        Matcher m = NUMERIC_ENTITY.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(sb, Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        m.appendTail(sb);
        return sb.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&apos;", "'").replace("&amp;", "&");
    }
}
