package es.clave.sp.examples.readme;

import es.clave.sp.examples.browser.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finding behind SEC-H8, in a real headless Chromium, with the security configuration exactly
 * as the {@code clave-sp-spring} README publishes it: while a login waits at the gateway, another
 * tab of the same browser opens a page that asks for the favicon, a protected image and protected
 * {@code fetch()} calls (the login endpoint among them). None of them starts a login, and the
 * pending login completes every time.
 */
@SpringBootTest(classes = ReadmeSnippetApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PendingLoginBrowserTests {

    private static final int RUNS = 20;
    private static final int PORT = freePort();
    private static HeadlessChromium chromium;

    @DynamicPropertySource
    static void ports(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("clave-example.stub-port", PendingLoginBrowserTests::freePort);
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    @DisplayName("the application under test is secured by the clave-sp-spring README's snippet, character for character")
    void securityIsTheReadmeSnippet() throws IOException {
        String readme = Files.readString(Path.of("../../clave-sp-spring/README.md"));
        String snippet = readme.substring(readme.indexOf("    http.authorizeHttpRequests"));
        snippet = snippet.substring(0, snippet.indexOf(';') + 1);
        String source = Files.readString(Path.of(
                "src/test/java/es/clave/sp/examples/readme/ReadmeSnippetApplication.java"));

        assertThat(squeeze(source)).contains(squeeze(snippet));
    }

    @Test
    @DisplayName("SEC-H8 20 logins in a row complete while the favicon, a protected image and fetch() calls hit the app mid-login; those get 401")
    void loginWhenSubresourcesRequestedMidLoginThenCompletesEveryTime() {
        WebDriver browser = chromium.driver();
        String app = "http://localhost:" + PORT;
        for (int run = 1; run <= RUNS; run++) {
            browser.get(app + "/");
            browser.manage().deleteAllCookies();
            browser.get(app + "/");
            String statuses = statusesOfSubresources(browser);
            assertThat(statuses).as("run %d", run)
                    .isEqualTo("login-401 api-401 favicon-401 image-error");

            browser.findElement(By.id("login")).click();
            waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("method-CLAVE_MOVIL")));
            String gatewayTab = browser.getWindowHandle();

            // mid-login: the same browser opens the app again in another tab
            browser.switchTo().newWindow(WindowType.TAB);
            browser.get(app + "/");
            assertThat(statusesOfSubresources(browser)).as("run %d, mid-login", run)
                    .isEqualTo("login-401 api-401 favicon-401 image-error");
            browser.close();
            browser.switchTo().window(gatewayTab);

            browser.findElement(By.id("method-CLAVE_MOVIL")).click();
            waiting(browser).until(ExpectedConditions.elementToBeClickable(By.id("user-nie"))).click();
            browser.findElement(By.cssSelector("button[type=submit].primary")).click();

            waiting(browser).until(ExpectedConditions.urlToBe(app + "/private"));
            assertThat(browser.findElement(By.id("name")).getText()).as("run %d", run).isEqualTo("John Smith");
        }
    }

    private static String statusesOfSubresources(WebDriver browser) {
        By statuses = By.id("statuses");
        waiting(browser).until(d -> !d.findElement(statuses).getText().isEmpty());
        return browser.findElement(statuses).getText();
    }

    private static WebDriverWait waiting(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
