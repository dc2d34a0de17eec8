package es.clave.stub.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first form of an HTML page, read the way a plain HTTP client would: action, hidden inputs,
 * and the checked radio buttons.
 *
 * @param action the form action (HTML-unescaped)
 * @param fields the successful controls
 */
public record HtmlForm(String action, Map<String, String> fields) {

    private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)(?:=\"([^\"]*)\")?");

    /** @return the first form of {@code html} */
    public static HtmlForm first(String html) {
        Matcher form = FORM.matcher(html);
        if (!form.find()) {
            throw new AssertionError("no form in page:\n" + html);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form.group(2));
        while (input.find()) {
            Map<String, String> attrs = new LinkedHashMap<>();
            Matcher a = ATTR.matcher(input.group(1));
            while (a.find()) {
                attrs.put(a.group(1), a.group(2) == null ? "" : unescape(a.group(2)));
            }
            String type = attrs.getOrDefault("type", "text");
            String name = attrs.get("name");
            if (name == null) {
                continue;
            }
            if (type.equals("radio") || type.equals("checkbox")) {
                if (attrs.containsKey("checked")) {
                    fields.put(name, attrs.getOrDefault("value", "on"));
                }
            } else {
                fields.put(name, attrs.getOrDefault("value", ""));
            }
        }
        return new HtmlForm(unescape(form.group(1)), fields);
    }

    /** @return the unescaped href of the element with {@code id} */
    public static String hrefOf(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*href=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no link with id " + id + " in page:\n" + html);
        }
        return unescape(m.group(1));
    }

    /** @return a copy with {@code name} set to {@code value} */
    public HtmlForm with(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.put(name, value);
        return new HtmlForm(action, copy);
    }

    static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
