package es.clave.sp.servlet.http;

import es.clave.sp.servlet.ClaveWebFragment;
import es.clave.sp.servlet.web.Html;
import es.clave.stub.ClaveMethod;
import es.clave.stub.LoginScript;
import es.clave.stub.junit.ClaveStubExtension;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The module's {@code META-INF/web-fragment.xml}, deployed as a WAR deploys it (a jar in
 * {@code WEB-INF/lib} that the container scans for fragments), on the container the run selected.
 */
class WebFragmentHttpTest {

    private static final String FRAGMENT = "META-INF/web-fragment.xml";

    @RegisterExtension
    static final ClaveStubExtension CLAVE = Harness.stubExtension();

    @TempDir
    Path dir;
    private ConfigFiles files;

    @BeforeEach
    void files() {
        files = new ConfigFiles(dir, CLAVE);
    }

    @ParameterizedTest(name = "{0}")
    @NullSource
    @ValueSource(strings = {"false", " FALSE "})
    @DisplayName("the web fragment is off by default: without clave.servlet.web-fragment=true no filter is registered")
    void fragmentWhenNotSwitchedOnThenNoFilter(String parameter) throws Exception {
        Map<String, String> params = new HashMap<>();
        if (parameter != null) {
            params.put(ClaveWebFragment.ENABLE_PARAMETER, parameter);
        }
        try (ServletContainer.Server server = deploy(params)) {
            TestBrowser browser = new TestBrowser(CLAVE.baseUrl());

            TestBrowser.Page open = browser.get(url(server, "/private/"));
            assertEquals(200, open.status(), open.body());
            Expect.contains(open.body(), "<p id=\"who\">null</p>");
            TestBrowser.Page login = browser.get(url(server, "/clave/login"));
            assertEquals(200, login.status(), login.body());
            Expect.contains(login.body(), "<p id=\"who\">null</p>");
            Expect.doesNotContain(login.body(), "SAMLRequest");
        }
    }

    @Test
    @DisplayName("clave.servlet.web-fragment=true registers the filter from context parameters: login shows the identity")
    void fragmentWhenSwitchedOnThenFilterRegisteredAndLoginWorks() throws Exception {
        try (ServletContainer.Server server = deploy(Map.of(ClaveWebFragment.ENABLE_PARAMETER, "true",
                "clave.servlet.protected-paths", "/private/*", "clave.servlet.cookie-secure", "always"))) {
            TestBrowser browser = new TestBrowser(CLAVE.baseUrl());
            TestBrowser.Page redirect = browser.get(url(server, "/private/"));
            assertEquals(302, redirect.status(), redirect.body());
            assertEquals("/app/clave/login?returnTo=%2Fapp%2Fprivate%2F", redirect.header("Location").orElseThrow());

            CLAVE.nextLogin(LoginScript.user("servlet-ana").via(ClaveMethod.CLAVE_PIN));
            TestBrowser.Page page = browser.settle(redirect);

            assertEquals(200, page.status(), page.body());
            Expect.matches(page.body(), "<p id=\"who\">[^<]*12345678Z</p>");
        }
    }

    /**
     * Deploys a WAR-like application: {@code WEB-INF/lib} holds a jar with the module's own fragment
     * file (the one beside {@link ClaveWebFragment}, in {@code target/classes} or the built jar), the
     * class path the classes; {@code clave.config} names a properties file with the SP keys.
     */
    private ServletContainer.Server deploy(Map<String, String> params) throws Exception {
        Path lib = Files.createDirectories(dir.resolve("webapp/WEB-INF/lib"));
        fragmentJar(lib.resolve("clave-sp-servlet-fragment.jar"));
        ServletContainer.Server server = ServletContainer.selected().bind();
        try {
            Map<String, String> context = new HashMap<>(params);
            context.put("clave.config", files.write("clave.properties",
                    ConfigFiles.properties(files.coreKeys("http://localhost:" + server.port(), "/clave"))).toString());
            server.start(new ServletContainer.WebApp(TestApp.CONTEXT, null, Map.of("/", new WhoServlet()),
                    context, lib));
            return server;
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
    }

    private static void fragmentJar(Path jar) throws IOException, URISyntaxException {
        Path home = Path.of(ClaveWebFragment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(FRAGMENT));
            if (Files.isDirectory(home)) {
                Files.copy(home.resolve(FRAGMENT), zip);
            } else {
                try (ZipFile source = new ZipFile(home.toFile()); InputStream in = source.getInputStream(source.getEntry(FRAGMENT))) {
                    in.transferTo(zip);
                }
            }
            zip.closeEntry();
        }
    }

    private static String url(ServletContainer.Server server, String path) {
        return "http://localhost:" + server.port() + TestApp.CONTEXT + path;
    }

    /**
     * The application's only servlet, on {@code /} (a container runs filters only for a request that
     * some servlet serves): shows who is signed in.
     */
    static final class WhoServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("text/html;charset=UTF-8");
            resp.getWriter().print("<p id=\"who\">" + Html.escape(String.valueOf(req.getRemoteUser())) + "</p>");
        }
    }
}
