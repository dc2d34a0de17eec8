package es.clave.sp.examples.browser;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;

import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's headless Chromium driven through its ChromeDriver, with a throw-away profile, Spanish as
 * the browser's language and nothing downloaded: Selenium Manager is never asked for a driver.
 * Needs the {@code chromium} and {@code chromium-driver} packages ({@code .ci/services.sh} installs
 * them); without them the test fails and says so.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final ChromeDriverService service;
    private final Path profile;
    private final WebDriver driver;

    private HeadlessChromium(ChromeDriverService service, Path profile, WebDriver driver) {
        this.service = service;
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts a browser window of 1100×900 asking for Spanish pages. */
    public static HeadlessChromium start() throws IOException {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            fail("The browser test needs Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install Debian's packages with `apt-get install -y chromium chromium-driver`"
                    + " (or run `bash .ci/services.sh` as root).");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.getPath());
        Path profile = Files.createTempDirectory("clave-example-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1100,900", "--lang=es-ES", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "es-ES,es"));
        return new HeadlessChromium(service, profile, new ChromeDriver(service, options));
    }

    /** @return the driver of this browser */
    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        service.stop();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
