package es.clave.stub.conformance;

import es.clave.stub.i18n.Texts;
import es.clave.stub.testing.TextBundles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conformance findings exist, with the same keys and placeholders, and translated, in every language of the stub. */
class FindingTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"es", "ca", "gl", "eu", "en"})
    @DisplayName("every language has exactly the Spanish keys, with the placeholders of the English text")
    void everyLanguageHasTheSameKeysAndPlaceholders(String language) throws IOException {
        Properties spanish = TextBundles.load(Finding.BUNDLE, "es");
        Properties english = TextBundles.load(Finding.BUNDLE, "en");
        Properties texts = TextBundles.load(Finding.BUNDLE, language);
        assertEquals(new TreeSet<>(spanish.stringPropertyNames()), new TreeSet<>(texts.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertEquals(TextBundles.placeholders(english.getProperty(key)), TextBundles.placeholders(texts.getProperty(key)), language + " " + key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "ca", "gl", "eu"})
    @DisplayName("a language other than English is a translation: at most a tenth of its texts equal the English ones")
    void everyOtherLanguageIsTranslated(String language) throws IOException {
        Properties english = TextBundles.load(Finding.BUNDLE, "en");
        Properties texts = TextBundles.load(Finding.BUNDLE, language);
        long same = english.stringPropertyNames().stream()
                .filter(k -> english.getProperty(k).equals(texts.getProperty(k))).count();
        assertTrue(same * 10 <= english.size(), language + ": " + same + " of " + english.size() + " texts are the English ones");
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "ca", "gl", "eu", "en"})
    @DisplayName("a finding renders in the page's language through the stub's own text reader")
    void findingRendersInTheLanguage(String language) throws IOException {
        String rendered = Texts.of(Finding.BUNDLE, language).get("authn.7.problem", List.of());
        assertEquals(TextBundles.load(Finding.BUNDLE, language).getProperty("authn.7.problem"), rendered);
    }
}
