package es.clave.sp.load.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a browser needs from the pages of this test (the adapters', the example's and the
 * stub's, all server-rendered): links by id or class, and forms with their controls in document
 * order. Not a general HTML parser: it tolerates either quoting and any attribute order.
 */
public final class Markup {

    private static final Pattern LINK = Pattern.compile("<a\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile("<select\\b([^>]*)>(.*?)</select>|<input\\b([^>]*)>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:-]+)(?:\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private Markup() {
    }

    /** @return the href of the first link whose {@code class} contains {@code cssClass} */
    public static Optional<String> linkByClass(String html, String cssClass) {
        return links(html).stream()
                .filter(a -> List.of(a.getOrDefault("class", "").split("\\s+")).contains(cssClass))
                .map(a -> a.get("href")).filter(h -> h != null).findFirst();
    }

    /** @return the href of the link with id {@code id} */
    public static Optional<String> linkById(String html, String id) {
        return links(html).stream().filter(a -> id.equals(a.get("id"))).map(a -> a.get("href")).filter(h -> h != null).findFirst();
    }

    /** @return the first form with method POST */
    public static Optional<Form> firstPostForm(String html) {
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            Map<String, String> attributes = attributes(form.group(1));
            if (!"post".equalsIgnoreCase(attributes.getOrDefault("method", "get"))) {
                continue;
            }
            List<Control> controls = new ArrayList<>();
            Matcher c = CONTROL.matcher(form.group(2));
            while (c.find()) {
                if (c.group(1) != null) {
                    Map<String, String> a = attributes(c.group(1));
                    List<Map<String, String>> options = new ArrayList<>();
                    Matcher o = OPTION.matcher(c.group(2));
                    while (o.find()) {
                        options.add(attributes(o.group(1)));
                    }
                    String selected = options.stream().filter(op -> op.containsKey("selected")).findFirst()
                            .or(() -> options.stream().findFirst()).map(op -> op.getOrDefault("value", "")).orElse("");
                    controls.add(new Control("select", a.get("name"), selected, true));
                } else {
                    Map<String, String> a = attributes(c.group(3));
                    controls.add(new Control(a.getOrDefault("type", "text").toLowerCase(Locale.ROOT), a.get("name"),
                            a.getOrDefault("value", ""), a.containsKey("checked")));
                }
            }
            return Optional.of(new Form(attributes.getOrDefault("action", ""), controls));
        }
        return Optional.empty();
    }

    /** @return the text of the element with id {@code id} (entity-decoded, no nested markup expected) */
    public static Optional<String> textById(String html, String id) {
        Matcher m = Pattern.compile("\\bid=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        return m.find() ? Optional.of(unescape(m.group(1)).strip()) : Optional.empty();
    }

    private static List<Map<String, String>> links(String html) {
        List<Map<String, String>> out = new ArrayList<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            out.add(attributes(m.group(1)));
        }
        return out;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String value = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(5) != null ? m.group(5) : "";
            out.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), unescape(value));
        }
        return out;
    }

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

    /**
     * A form control.
     *
     * @param type    input type ({@code hidden}, {@code radio}, …) or {@code select}
     * @param name    its name, or null
     * @param value   its value (a select's selected option)
     * @param checked for radios and checkboxes, whether it is checked
     */
    public record Control(String type, String name, String value, boolean checked) {
    }

    /**
     * A form as the page has it.
     *
     * @param action   the action attribute, entity-decoded
     * @param controls its controls in document order
     */
    public record Form(String action, List<Control> controls) {

        /** @return the values of the radio group {@code name}, in page order */
        public List<String> options(String name) {
            return controls.stream().filter(c -> c.type.equals("radio") && name.equals(c.name)).map(Control::value).toList();
        }

        /**
         * @param choices radio groups set to one of their values, as a citizen clicking them would
         * @return the fields a browser submits, in document order
         * @throws IllegalArgumentException when a choice is not one of the group's values
         */
        public Map<String, String> submission(Map<String, String> choices) {
            choices.forEach((name, value) -> {
                if (!options(name).contains(value)) {
                    throw new IllegalArgumentException("the page offers no '" + value + "' for " + name + ": " + options(name));
                }
            });
            Map<String, String> out = new LinkedHashMap<>();
            for (Control c : controls) {
                if (c.name == null || c.type.equals("submit") || c.type.equals("button") || c.type.equals("image")) {
                    continue;
                }
                boolean chosen = choices.containsKey(c.name) ? choices.get(c.name).equals(c.value) : c.checked;
                if ((c.type.equals("radio") || c.type.equals("checkbox")) && !chosen) {
                    continue;
                }
                out.putIfAbsent(c.name, c.value);
            }
            return out;
        }
    }
}
