package es.clave.sp.spring;

import es.clave.sp.error.ClaveMessages;
import es.clave.sp.servlet.web.ClaveStyles;
import es.clave.sp.servlet.web.Html;
import es.clave.sp.spring.security.web.ClaveLoginButton;
import es.clave.sp.spring.support.Browser;
import es.clave.sp.spring.support.Browser.Page;
import es.clave.sp.spring.support.ClaveStubTestSupport;
import es.clave.sp.spring.testapp.TestApplication;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Spring adapter serves the same pages as the servlet filter, from the same code: the
 * stylesheet, the logout confirmation in the browser's language (Spanish by default), the
 * application's theme stylesheet, and the button bean for views.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "clave.web.theme-stylesheet=/css/clave-theme.css")
class ClavePagesTests extends ClaveStubTestSupport {

    private static final ClaveMessages MESSAGES = new ClaveMessages();

    @Autowired
    private ClaveLoginButton button;

    @Test
    @DisplayName("GET /clave/clave.css is public and serves the shared stylesheet as CSS")
    void stylesheetIsServedBeforeAuthorization() {
        Page css = new Browser().getOnce(base() + "/clave/clave.css");

        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type").orElseThrow()).startsWith("text/css");
        assertThat(css.body()).isEqualTo(ClaveStyles.css());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(value = {"es-ES,es", "ca,ca", "gl,gl", "eu,eu", "en-US,en", "fr,es", "NONE,es"}, nullValues = "NONE")
    @DisplayName("LGO-2 GET /clave/logged-out confirms the logout in the browser's language, Spanish without a supported one")
    void loggedOutPageInBrowserLanguage(String acceptLanguage, String expected) {
        Page page = new Browser().language(acceptLanguage).getOnce(base() + "/clave/logged-out");

        assertThat(page.status()).isEqualTo(200);
        Locale locale = Locale.forLanguageTag(expected);
        assertThat(page.body()).contains("<html lang=\"" + expected + "\"",
                "<h1>" + Html.escape(MESSAGES.message(ClaveMessages.LOGOUT_TITLE, locale)) + "</h1>",
                "<body class=\"clave-page clave-page--logout\">", "href=\"/\"");
    }

    @Test
    @DisplayName("clave.web.theme-stylesheet links the application's stylesheet, allowed by style-src 'self'")
    void themeStylesheetIsLinked() {
        Page page = new Browser().getOnce(base() + "/clave/logged-out");

        assertThat(page.body()).contains("<link rel=\"stylesheet\" href=\"/css/clave-theme.css\">");
        assertThat(page.header("Content-Security-Policy").orElseThrow()).containsPattern("style-src 'nonce-[^']+' 'self';");
    }

    @Test
    @DisplayName("the claveLoginButton bean renders the button in the request's language, Spanish by default")
    void buttonBeanRendersLocalizedButton() {
        MockHttpServletRequest catalan = new MockHttpServletRequest("GET", "/");
        catalan.addHeader("Accept-Language", "ca-ES");
        MockHttpServletRequest none = new MockHttpServletRequest("GET", "/");

        assertThat(button.html(catalan, "/private"))
                .isEqualTo("<a class=\"clave-button\" lang=\"ca\" href=\"/clave/login?returnTo=%2Fprivate\">Accediu amb Cl@ve</a>");
        assertThat(button.html(none, null))
                .isEqualTo("<a class=\"clave-button\" lang=\"es\" href=\"/clave/login\">Acceder con Cl@ve</a>");
    }
}
