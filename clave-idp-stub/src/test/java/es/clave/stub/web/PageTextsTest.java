package es.clave.stub.web;

import es.clave.stub.Failure;
import es.clave.stub.i18n.Phrase;
import es.clave.stub.testing.TextBundles;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.Properties;
import java.util.Set;

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

    /** Proper names and codes that are the same in every language. */
    private static final Set<String> SAME_EVERYWHERE = Set.of("method.CLAVE_PIN", "method.CLAVE_PERMANENTE", "method.CLAVE_MOVIL");

    @ParameterizedTest
    @ValueSource(strings = {"es", "ca", "gl", "eu", "en"})
    @DisplayName("every failure of the catalogue has a description in the language, shown on the tester panel")
    void everyFailureIsDescribed(String language) throws IOException {
        Properties texts = TextBundles.load(Messages.BUNDLE, language);
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
        Properties english = TextBundles.load(Messages.BUNDLE, "en");
        Properties texts = TextBundles.load(Messages.BUNDLE, language);
        for (String key : english.stringPropertyNames()) {
            assertEquals(TextBundles.placeholders(english.getProperty(key)), TextBundles.placeholders(texts.getProperty(key)), language + " " + key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"es", "ca", "gl", "eu"})
    @DisplayName("failure descriptions, summaries and problem details are translated, not English copies")
    void newTextsAreTranslated(String language) throws IOException {
        Properties english = TextBundles.load(Messages.BUNDLE, "en");
        Properties texts = TextBundles.load(Messages.BUNDLE, language);
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
        assertTrue(rendered.contains(TextBundles.load(Messages.BUNDLE, language).getProperty("failure.CERTIFICATE_REVOKED")), rendered);
        assertTrue(rendered.contains(TextBundles.load(Messages.BUNDLE, language).getProperty("method.AFIRMA")), rendered);
        assertFalse(rendered.contains("{"), rendered);
    }
}
