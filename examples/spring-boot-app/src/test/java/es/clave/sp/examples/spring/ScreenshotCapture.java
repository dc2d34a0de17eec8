package es.clave.sp.examples.spring;

import es.clave.sp.examples.browser.HeadlessChromium;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Takes the screenshots in {@code docs/images/} with a headless Chromium: the Cl@ve button, the
 * SP's redirect page, the stub's chooser, user and result pages, the error page and the logout
 * confirmation. Scripts are off, so every auto-post page stays on screen with its visible button,
 * which is pressed by hand: the screenshots also prove the journey works without JavaScript.
 *
 * <p>Not a test of the normal build (its name does not match surefire's includes); regenerate with
 * {@code mvn -B -ntp -pl examples/spring-boot-app -am verify -Pscreenshots -Dclave.services.skip=true}
 * ({@code -Dclave.screenshots.dir=...} writes elsewhere).
 */
@SpringBootTest(classes = ClaveExampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScreenshotCapture {

    private static final int PORT = HeadlessChromium.freePort();
    private static final Path OUT = Path.of(System.getProperty("clave.screenshots.dir", "../../docs/images"));

    private HeadlessChromium chromium;
    private WebDriver browser;

    @DynamicPropertySource
    static void ports(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("clave-example.stub-port", HeadlessChromium::freePort);
    }

    @BeforeEach
    void startBrowser() throws IOException {
        chromium = new HeadlessChromium(900, 640, false);
        browser = chromium.browser();
        Files.createDirectories(OUT);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    @DisplayName("button, redirect, stub chooser, stub user page, stub result, private page, logout confirmation")
    void loginAndLogoutJourney() throws IOException {
        browser.get(url("/"));
        shoot("clave-button.png");
        browser.findElement(By.cssSelector("#clave-login a.clave-button")).click();

        waitFor(By.cssSelector("body.clave-page--redirect button.clave-button"));
        shoot("sp-redirect-page.png");
        browser.findElement(By.cssSelector("button.clave-button")).click();

        waitFor(By.id("method-CLAVE_MOVIL"));
        browser.manage().window().setSize(new Dimension(900, 1000));
        shoot("stub-login-chooser.png");
        browser.findElement(By.id("method-CLAVE_MOVIL")).click();

        waitFor(By.id("user-nie")).click();
        shoot("stub-login-user.png");
        browser.findElement(By.cssSelector("button[type=submit].primary")).click();

        waitFor(By.id("clave-response"));
        browser.manage().window().setSize(new Dimension(900, 640));
        shoot("stub-result-page.png");
        browser.findElement(By.cssSelector("#clave-response button")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(url("/private")));
        browser.findElement(By.id("logout")).click();
        waitFor(By.cssSelector("body.clave-page--redirect button.clave-button")).click();
        waitFor(By.cssSelector("form button")).click();

        waitFor(By.cssSelector("body.clave-page--logout"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/clave/logged-out"));
        shoot("logout-confirmation.png");
    }

    @Test
    @DisplayName("cancel on the stub: the SP's error page")
    void errorPage() throws IOException {
        browser.get(url("/"));
        browser.findElement(By.cssSelector("#clave-login a.clave-button")).click();
        waitFor(By.cssSelector("body.clave-page--redirect button.clave-button")).click();
        waitFor(By.id("cancel")).click();
        waitFor(By.cssSelector("form button")).click();

        waitFor(By.cssSelector("body.clave-page--error"));
        shoot("error-page.png");
    }

    private org.openqa.selenium.WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(by));
    }

    private void shoot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, OUT.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String url(String path) {
        return "http://localhost:" + PORT + path;
    }
}
