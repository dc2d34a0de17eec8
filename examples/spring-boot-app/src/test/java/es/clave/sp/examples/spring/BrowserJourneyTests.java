package es.clave.sp.examples.spring;

import es.clave.sp.examples.browser.HeadlessChromium;

import es.clave.sp.error.ClaveError;
import es.clave.sp.error.ClaveMessages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example as a person uses it, in a real headless Chromium: open the home page, press the
 * Cl@ve button, choose Cl@ve Móvil and a test user on the stub's pages, land on the private page
 * showing that person; and cancel on the stub to see the localized message. Runs the default
 * {@code local} profile, so the stub is the one the example embeds.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} packages ({@code .ci/services.sh}
 * installs them); without them the test fails and says so. Selenium never downloads a driver.
 */
@SpringBootTest(classes = ClaveExampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserJourneyTests {

    private static final int PORT = HeadlessChromium.freePort();
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private HeadlessChromium chromium;
    private WebDriver browser;

    @DynamicPropertySource
    static void ports(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("clave-example.stub-port", HeadlessChromium::freePort);
    }

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = new HeadlessChromium(1100, 900, true);
        browser = chromium.browser();
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private void openStubChooser() {
        browser.get("http://localhost:" + PORT + "/");
        browser.findElement(By.cssSelector("#clave-login a.clave-button")).click();
        // the SP's auto-post page submits itself to the stub, which shows its method chooser
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("method-CLAVE_MOVIL")));
    }

    @Test
    @DisplayName("button → Cl@ve Móvil → test user → the private page shows that person")
    void loginWithClaveMovilThenPrivatePageShowsPerson() throws IOException {
        openStubChooser();
        browser.findElement(By.id("method-CLAVE_MOVIL")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("user-nie"))).click();
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();

        waiting().until(ExpectedConditions.urlToBe("http://localhost:" + PORT + "/private"));
        assertThat(browser.findElement(By.id("name")).getText()).isEqualTo("John Smith");
        assertThat(browser.findElement(By.id("identifier")).getText()).isEqualTo("X1234567L");
        assertThat(browser.findElement(By.id("identifier-kind")).getText()).isEqualTo("NIE");
        assertThat(browser.findElement(By.id("method")).getText()).isEqualTo("Cl@ve Móvil");
        assertThat(browser.findElement(By.id("loa")).getText()).isEqualTo("Sustancial");
        assertThat(browser.findElement(By.id("authorities")).getText()).contains("CLAVE_METHOD_CLAVE_MOVIL");

        Files.createDirectories(SCREENSHOTS);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                SCREENSHOTS.resolve("private-page.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        browser.findElement(By.id("logout")).click();
        waiting().until(ExpectedConditions.urlToBe("http://localhost:" + PORT + "/clave/logged-out"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo(new ClaveMessages().message(ClaveMessages.LOGOUT_TITLE, Locale.forLanguageTag("es")));
        browser.findElement(By.cssSelector("a.home")).click();
        waiting().until(ExpectedConditions.urlToBe("http://localhost:" + PORT + "/"));
        assertThat(browser.findElements(By.cssSelector("#clave-login a.clave-button"))).hasSize(1);
    }

    @Test
    @DisplayName("button → cancel on the stub → the localized cancellation message, and no one is signed in")
    void cancelAtGatewayThenLocalizedMessage() {
        openStubChooser();
        browser.findElement(By.id("cancel")).click();

        String expected = new ClaveMessages().message(ClaveError.USER_CANCELLED, Locale.forLanguageTag("es"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.clave-message"), expected));
        assertThat(browser.getCurrentUrl()).isEqualTo("http://localhost:" + PORT + "/clave/acs");

        browser.get("http://localhost:" + PORT + "/");
        assertThat(browser.findElements(By.cssSelector("#clave-login a.clave-button"))).hasSize(1);
    }
}
