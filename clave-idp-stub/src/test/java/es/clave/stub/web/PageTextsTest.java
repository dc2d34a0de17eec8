package es.clave.stub.web;

import es.clave.stub.Failure;
import es.clave.stub.i18n.Phrase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page texts, the failure catalogue, the exchange summaries and the problem details exist in
 * every language of the stub, with the placeholders of the English text, and are translations.
 */
class PageTextsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");
    /** Proper names and codes that are the same in every language. */
    private static final Set<String> SAME_EVERYWHERE = Set.of("method.CLAVE_PIN", "method.CLAVE_PERMANENTE", "method.CLAVE_MOVIL");

    private static Properties load(String language) throws IOException {
        String resource = "/" + Messages.BUNDLE.replace('.', '/') + (language.equals("es") ? "" : "_" + language) + ".properties";
        try (InputStream in = PageTextsTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, "missing " + resource);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static List<String> placeholders(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        out.sort(null);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "ca", "gl", "eu", "en"})
    @DisplayName("every failure of the catalogue has a description in the language, shown on the tester panel")
    void everyFailureIsDescribed(String language) throws IOException {
        Properties texts = load(language);
        for (Failure f : Failure.values()) {
            String text = texts.getProperty("failure." + f.name());
            assertNotNull(text, language + ": failure." + f.name());
            assertEquals(text, Messages.of(language).get("failure." + f.name()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "ca", "gl", "eu", "en"})
    @DisplayName("every text has the placeholders of the English one")
    void placeholdersMatchEnglish(String language) throws IOException {
        Properties english = load("en");
        Properties texts = load(language);
        for (String key : english.stringPropertyNames()) {
            assertEquals(placeholders(english.getProperty(key)), placeholders(texts.getProperty(key)), language + " " + key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "ca", "gl", "eu"})
    @DisplayName("failure descriptions, summaries and problem details are translated, not English copies")
    void newTextsAreTranslated(String language) throws IOException {
        Properties english = load("en");
        Properties texts = load(language);
        for (String key : english.stringPropertyNames()) {
            if ((key.startsWith("failure.") || key.startsWith("summary.") || key.startsWith("problem."))
                    && !SAME_EVERYWHERE.contains(key)) {
                assertNotEquals(english.getProperty(key), texts.getProperty(key), language + " " + key + " is the English text");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "ca", "gl", "eu", "en"})
    @DisplayName("a summary renders its nested failure, method and level in the page's language")
    void summaryRendersInTheLanguage(String language) throws IOException {
        Messages m = Messages.of(language);
        Phrase summary = Phrase.of("summary.failure", Phrase.of("failure." + Failure.CERTIFICATE_REVOKED.name()),
                "Test User", es.clave.stub.ClaveMethod.AFIRMA);
        String rendered = m.get(summary);
        assertTrue(rendered.contains(load(language).getProperty("failure.CERTIFICATE_REVOKED")), rendered);
        assertTrue(rendered.contains(load(language).getProperty("method.AFIRMA")), rendered);
        assertFalse(rendered.contains("{"), rendered);
    }
}
