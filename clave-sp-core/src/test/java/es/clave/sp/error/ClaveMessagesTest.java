package es.clave.sp.error;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaveMessagesTest {
    /** Keys whose text may legitimately coincide between languages (proper names, "Continuar" in es/gl). */
    private static final Set<String> MAY_COINCIDE = Set.of(ClaveMessages.PAGE_TITLE, ClaveMessages.LOGIN_BUTTON,
            ClaveMessages.CONTINUE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private final ClaveMessages messages = new ClaveMessages();

    /** Reads one language's own file (no fallback), strictly as UTF-8. */
    private static Properties file(Locale locale) throws IOException {
        String suffix = locale.equals(ClaveMessages.DEFAULT_LOCALE) ? "" : "_" + locale.getLanguage();
        String path = "/" + ClaveMessages.DEFAULT_BASE_NAME.replace('.', '/') + suffix + ".properties";
        try (InputStream in = ClaveMessages.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString();
            Properties p = new Properties();
            p.load(new StringReader(text));
            return p;
        } catch (CharacterCodingException e) {
            throw new AssertionError(path + " is not valid UTF-8", e);
        }
    }

    private static Map<Locale, Properties> allFiles() throws IOException {
        Map<Locale, Properties> files = new HashMap<>();
        for (Locale l : ClaveMessages.SUPPORTED_LOCALES) {
            files.put(l, file(l));
        }
        return files;
    }

    @Test
    @DisplayName("every ClaveError has a non-empty message in each of es, ca, gl, eu, en (in that language's own file)")
    void everyErrorHasAMessageInEveryLanguage() throws IOException {
        Map<Locale, Properties> files = allFiles();
        for (ClaveError error : ClaveError.values()) {
            for (Locale l : ClaveMessages.SUPPORTED_LOCALES) {
                String text = files.get(l).getProperty(error.messageKey());
                assertTrue(text != null && !text.isBlank(), error + " has no text in " + l);
                assertEquals(text, messages.message(error, l));
            }
        }
    }

    @Test
    @DisplayName("all five bundles define exactly the same keys")
    void sameKeysEverywhere() throws IOException {
        Map<Locale, Properties> files = allFiles();
        Set<String> spanish = files.get(ClaveMessages.DEFAULT_LOCALE).stringPropertyNames();
        for (Locale l : ClaveMessages.SUPPORTED_LOCALES) {
            assertEquals(spanish, files.get(l).stringPropertyNames(), "keys of " + l);
        }
    }

    @Test
    @DisplayName("no citizen-facing text is identical in two languages (catches copy-paste)")
    void noTwoLanguagesIdentical() throws IOException {
        Map<Locale, Properties> files = allFiles();
        for (String key : files.get(ClaveMessages.DEFAULT_LOCALE).stringPropertyNames()) {
            if (MAY_COINCIDE.contains(key)) {
                continue;
            }
            for (Locale a : ClaveMessages.SUPPORTED_LOCALES) {
                for (Locale b : ClaveMessages.SUPPORTED_LOCALES) {
                    if (!a.equals(b)) {
                        assertNotEquals(files.get(a).getProperty(key), files.get(b).getProperty(key),
                                key + " is the same in " + a + " and " + b);
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("each key has the same placeholders in every language")
    void placeholdersConsistent() throws IOException {
        Map<Locale, Properties> files = allFiles();
        for (String key : files.get(ClaveMessages.DEFAULT_LOCALE).stringPropertyNames()) {
            Set<String> expected = placeholders(files.get(ClaveMessages.DEFAULT_LOCALE).getProperty(key));
            for (Locale l : ClaveMessages.SUPPORTED_LOCALES) {
                assertEquals(expected, placeholders(files.get(l).getProperty(key)), key + " in " + l);
            }
        }
        assertEquals(Set.of("{0}"), placeholders(files.get(ClaveMessages.DEFAULT_LOCALE).getProperty(ClaveMessages.SUPPORT_REFERENCE)));
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    @DisplayName("the login button reads as agreed in each language")
    void buttonLabels() {
        assertEquals("Acceder con Cl@ve", messages.message(ClaveMessages.LOGIN_BUTTON, Locale.forLanguageTag("es")));
        assertEquals("Accediu amb Cl@ve", messages.message(ClaveMessages.LOGIN_BUTTON, Locale.forLanguageTag("ca")));
        assertEquals("Acceder con Cl@ve", messages.message(ClaveMessages.LOGIN_BUTTON, Locale.forLanguageTag("gl")));
        assertEquals("Cl@ve bidez sartu", messages.message(ClaveMessages.LOGIN_BUTTON, Locale.forLanguageTag("eu")));
        assertEquals("Sign in with Cl@ve", messages.message(ClaveMessages.LOGIN_BUTTON, Locale.ENGLISH));
    }

    @Test
    @DisplayName("security failures share one generic message, distinct from every citizen message")
    void securityFailuresShareOneMessage() {
        String generic = messages.message(ClaveError.SIGNATURE_INVALID, Locale.ENGLISH);
        for (ClaveError e : ClaveError.values()) {
            String text = messages.message(e, Locale.ENGLISH);
            assertEquals(e.category() == ClaveError.Category.SECURITY, generic.equals(text), e.name());
        }
    }

    @Test
    @DisplayName("unknown languages and null fall back to Spanish, whatever the server's default locale")
    void fallsBackToSpanish() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            String spanish = messages.message(ClaveError.USER_CANCELLED, Locale.forLanguageTag("es"));
            assertEquals(spanish, messages.message(ClaveError.USER_CANCELLED, Locale.FRENCH));
            assertEquals(spanish, messages.message(ClaveError.USER_CANCELLED, null));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    @DisplayName("regional variants use their language (ca-ES, eu-ES, en-GB)")
    void regionalVariants() {
        assertEquals(messages.message(ClaveMessages.RETRY, Locale.forLanguageTag("ca")),
                messages.message(ClaveMessages.RETRY, Locale.forLanguageTag("ca-ES")));
        assertEquals(messages.message(ClaveMessages.RETRY, Locale.forLanguageTag("eu")),
                messages.message(ClaveMessages.RETRY, Locale.forLanguageTag("eu-ES")));
        assertEquals("Try again", messages.message(ClaveMessages.RETRY, Locale.UK));
    }

    @Test
    @DisplayName("placeholders are replaced literally; apostrophes survive (no MessageFormat quoting)")
    void formatting() {
        assertEquals("Support reference: ab'12", messages.message(ClaveMessages.SUPPORT_REFERENCE, Locale.ENGLISH, "ab'12"));
        assertTrue(messages.message(ClaveMessages.ERROR_TITLE, Locale.forLanguageTag("ca")).contains("l'accés"));
        assertEquals("a {1} $x", ClaveMessages.format("a {1} {0}", "$x"));
    }

    @Test
    @DisplayName("an unknown key yields the key itself rather than failing the error page")
    void unknownKey() {
        assertEquals("clave.nope", messages.message("clave.nope", Locale.ENGLISH));
        assertFalse(messages.find("clave.nope", Locale.ENGLISH).isPresent());
    }

    @Test
    @DisplayName("an override bundle replaces single texts and leaves the rest built-in")
    void overrideBundle() {
        ClaveMessages custom = new ClaveMessages("es.clave.sp.error.TestOverrides");
        assertEquals("Log in with Cl@ve (custom)", custom.message(ClaveMessages.LOGIN_BUTTON, Locale.ENGLISH));
        assertEquals("Acceder con Cl@ve", custom.message(ClaveMessages.LOGIN_BUTTON, Locale.forLanguageTag("es")));
        assertEquals("Acceso no completado (texto propio)", custom.message(ClaveMessages.ERROR_TITLE, Locale.forLanguageTag("es")));
        assertEquals(messages.message(ClaveError.USER_CANCELLED, Locale.ENGLISH), custom.message(ClaveError.USER_CANCELLED, Locale.ENGLISH));
    }

    @Test
    @DisplayName("a missing override bundle is a configuration error that names the bundle")
    void missingOverrideBundle() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ClaveMessages("no.such.Bundle"));
        assertTrue(e.getMessage().contains("no/such/Bundle.properties"), e.getMessage());
    }
}
