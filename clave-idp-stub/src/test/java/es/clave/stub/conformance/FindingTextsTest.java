package es.clave.stub.conformance;

import es.clave.stub.i18n.Texts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conformance findings exist, with the same keys and placeholders, and translated, in every language of the stub. */
class FindingTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    private static Properties load(String language) throws IOException {
        String resource = "/" + Finding.BUNDLE.replace('.', '/') + (language.equals("es") ? "" : "_" + language) + ".properties";
        try (InputStream in = FindingTextsTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing " + resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static List<String> placeholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        out.sort(null);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "ca", "gl", "eu", "en"})
    @DisplayName("every language has exactly the Spanish keys, with the placeholders of the English text")
    void everyLanguageHasTheSameKeysAndPlaceholders(String language) throws IOException {
        Properties spanish = load("es");
        Properties english = load("en");
        Properties texts = load(language);
        assertEquals(new TreeSet<>(spanish.stringPropertyNames()), new TreeSet<>(texts.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertEquals(placeholders(english.getProperty(key)), placeholders(texts.getProperty(key)), language + " " + key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "ca", "gl", "eu"})
    @DisplayName("a language other than English is a translation: at most a tenth of its texts equal the English ones")
    void everyOtherLanguageIsTranslated(String language) throws IOException {
        Properties english = load("en");
        Properties texts = load(language);
        long same = english.stringPropertyNames().stream()
                .filter(k -> english.getProperty(k).equals(texts.getProperty(k))).count();
        assertTrue(same * 10 <= english.size(), language + ": " + same + " of " + english.size() + " texts are the English ones");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "ca", "gl", "eu", "en"})
    @DisplayName("a finding renders in the page's language through the stub's own text reader")
    void findingRendersInTheLanguage(String language) throws IOException {
        String rendered = Texts.of(Finding.BUNDLE, language).get("authn.7.problem", List.of());
        assertEquals(load(language).getProperty("authn.7.problem"), rendered);
    }
}
