package es.clave.sp.servlet;

import es.clave.sp.error.ClaveMessages;
import es.clave.sp.servlet.i18n.ServletMessages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Cl@ve button: its label in the co-official languages and English, and a truthful lang attribute. */
class ClaveButtonTest {

    private final ServletMessages messages = new ServletMessages(new ClaveMessages());

    @ParameterizedTest(name = "{0}")
    @CsvSource({"es,es,Acceder con Cl@ve", "ca,ca,Accediu amb Cl@ve", "gl,gl,Acceder con Cl@ve",
            "eu,eu,Cl@ve bidez sartu", "en,en,Sign in with Cl@ve", "fr,es,Acceder con Cl@ve", "pt-BR,es,Acceder con Cl@ve"})
    @DisplayName("the label is in the locale's language, and lang names the language it is really written in")
    void buttonWhenLocaleThenLabelAndLang(String locale, String lang, String label) {
        assertEquals("<a class=\"clave-button\" lang=\"" + lang + "\" href=\"/app/clave/login?returnTo=%2Fx\">" + label + "</a>",
                ClaveButton.render("/app/clave/login?returnTo=%2Fx", messages, Locale.forLanguageTag(locale)));
    }

    @Test
    @DisplayName("SEC-H6 the URL and the label are escaped")
    void buttonWhenValuesNeedEscapingThenEscaped() {
        assertEquals("<a class=\"clave-button\" lang=\"es\" href=\"/a?x=&quot;&gt;\">&lt;b&gt;</a>",
                ClaveButton.render("/a?x=\">", "<b>", Locale.forLanguageTag("es")));
    }
}
