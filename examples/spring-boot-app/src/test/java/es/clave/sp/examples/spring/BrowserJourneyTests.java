package es.clave.sp.examples.spring;

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
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final int PORT = freePort();
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private WebDriver browser;
    private ChromeDriverService service;
    private Path profile;

    @DynamicPropertySource
    static void ports(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("clave-example.stub-port", BrowserJourneyTests::freePort);
    }

    @BeforeEach
    void startBrowser() throws IOException {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            fail("The browser test needs Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install Debian's packages with `apt-get install -y chromium chromium-driver`"
                    + " (or run `bash .ci/services.sh` as root).");
        }
        // never let Selenium Manager look for (or download) a driver or a browser
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.getPath());
        profile = Files.createTempDirectory("clave-example-chromium");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1100,900", "--lang=es-ES", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "es-ES,es"));
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
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
        waiting().until(ExpectedConditions.urlToBe("http://localhost:" + PORT + "/"));
        assertThat(browser.findElements(By.cssSelector("#clave-login a.clave-button"))).hasSize(1);
    }

    @Test
    @DisplayName("button → cancel on the stub → the localized cancellation message, and no one is signed in")
    void cancelAtGatewayThenLocalizedMessage() {
        openStubChooser();
        browser.findElement(By.id("cancel")).click();

        String expected = new ClaveMessages().message(ClaveError.USER_CANCELLED, Locale.forLanguageTag("es"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.message"), expected));
        assertThat(browser.getCurrentUrl()).isEqualTo("http://localhost:" + PORT + "/clave/acs");

        browser.get("http://localhost:" + PORT + "/");
        assertThat(browser.findElements(By.cssSelector("#clave-login a.clave-button"))).hasSize(1);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
