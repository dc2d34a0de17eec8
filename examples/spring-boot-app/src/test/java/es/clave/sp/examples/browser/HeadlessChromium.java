package es.clave.sp.examples.browser;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Debian's Chromium and ChromeDriver, headless, with a throw-away profile, as the browser tests and
 * the screenshot capture use them. Selenium never looks for or downloads a driver or a browser.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private final ChromeDriverService service;
    private final Path profile;
    private final WebDriver browser;

    /**
     * @param width      the window width in CSS pixels
     * @param height     the window height in CSS pixels
     * @param javascript whether pages may run scripts (off shows the no-script path of every page)
     */
    public HeadlessChromium(int width, int height, boolean javascript) throws IOException {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            fail("The browser test needs Chromium and ChromeDriver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": install Debian's packages with `apt-get install -y chromium chromium-driver`"
                    + " (or run `bash .ci/services.sh` as root).");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.getPath());
        profile = Files.createTempDirectory("clave-example-chromium");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--window-size=" + width + "," + height, "--lang=es-ES",
                "--user-data-dir=" + profile.toAbsolutePath());
        Map<String, Object> prefs = new HashMap<>(Map.of("intl.accept_languages", "es-ES,es"));
        if (!javascript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", prefs);
        browser = new ChromeDriver(service, options);
    }

    /** @return a free local port, for the application and the stub the browser talks to */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the browser */
    public WebDriver browser() {
        return browser;
    }

    @Override
    public void close() throws IOException {
        browser.quit();
        service.stop();
        try (var files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
