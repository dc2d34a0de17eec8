package es.clave.sp.servlet.http;

import es.clave.sp.error.ClaveError;
import es.clave.sp.error.ClaveMessages;
import es.clave.sp.servlet.ClaveFilter;
import es.clave.sp.servlet.web.Html;
import es.clave.stub.ClaveMethod;
import es.clave.stub.Failure;
import es.clave.stub.LoginScript;
import es.clave.stub.junit.ClaveStubExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The filter configured without code: init-params and a properties file, or a map of the same keys. */
class FilterConfigHttpTest {

    @RegisterExtension
    static final ClaveStubExtension CLAVE = Harness.stubExtension();

    @TempDir
    Path dir;
    private ConfigFiles files;

    @BeforeEach
    void files() {
        files = new ConfigFiles(dir, CLAVE);
    }

    @Test
    @DisplayName("web.xml way: clave.config names the file, init-params add to it, a login works end to end")
    void filterWhenConfiguredByFileAndInitParamsThenLoginWorks() throws Exception {
        try (TestApp app = TestApp.start(origin -> {
            Path file = files.write("clave.properties", ConfigFiles.properties(ConfigFiles.merge(
                    files.coreKeys(origin, "/auth"), Map.of(
                    "clave.servlet.prefix", "/auth",
                    "clave.servlet.cookie-secure", "always"))));
            return ServletContainer.FilterSpec.of(ClaveFilter.class)
                    .initParam("clave.config", file.toString())
                    .initParam("clave.servlet.protected-paths", "/private/*");
        })) {
            TestBrowser browser = new TestBrowser(CLAVE.baseUrl());
            TestBrowser.Page redirect = browser.get(app.url("/private/"));
            assertEquals("/app/auth/login?returnTo=%2Fapp%2Fprivate%2F", redirect.header("Location").orElseThrow());

            CLAVE.nextLogin(LoginScript.user("servlet-ana").via(ClaveMethod.CLAVE_PERMANENTE));
            TestBrowser.Page page = browser.settle(redirect);

            assertEquals(200, page.status(), page.body());
            Expect.contains(page.body(), "<h1>PRIVATE</h1>", "12345678Z");
        }
    }

    @Test
    @DisplayName("programmatic way: ClaveFilter.fromProperties with the same keys; clave.servlet.locale applies")
    void filterWhenConfiguredFromMapThenSettingsApply() throws Exception {
        try (TestApp app = TestApp.start(origin -> ServletContainer.FilterSpec.of(ClaveFilter.fromProperties(
                ConfigFiles.merge(files.coreKeys(origin, "/clave"), Map.of("clave.servlet.protected-paths", "/private/*",
                        "clave.servlet.locale", "en", "clave.servlet.cookie-secure", "always")))))) {
            TestBrowser browser = new TestBrowser(CLAVE.baseUrl()).acceptLanguage("es");
            CLAVE.nextLogin(LoginScript.failure(Failure.USER_CANCELLED));

            TestBrowser.Page page = browser.navigate(app.url("/private/"));

            assertEquals(403, page.status());
            Expect.contains(page.body(), Html.escape(new ClaveMessages().message(ClaveError.USER_CANCELLED, Locale.ENGLISH)));
        }
    }
}
