package es.clave.stub.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Reads one language's file of a stub text bundle as it is on disk, for the bundle tests. */
public final class TextBundles {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    private TextBundles() {
    }

    /** @return the file of {@code language} (Spanish is the base file) of bundle {@code baseName}, read as UTF-8 */
    public static Properties load(String baseName, String language) throws IOException {
        String resource = "/" + baseName.replace('.', '/') + (language.equals("es") ? "" : "_" + language) + ".properties";
        try (InputStream in = TextBundles.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing " + resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    /** @return the {@code {n}} placeholders of {@code text}, sorted */
    public static List<String> placeholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        out.sort(null);
        return out;
    }
}
