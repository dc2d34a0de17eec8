package es.clave.sp.servlet.http;

import es.clave.sp.error.ClaveError;
import es.clave.sp.error.ClaveMessages;
import es.clave.sp.servlet.ClaveFilter;
import es.clave.sp.servlet.web.Html;
import es.clave.stub.ClaveMethod;
import es.clave.stub.Failure;
import es.clave.stub.LoginScript;
import es.clave.stub.junit.ClaveStubExtension;
import es.clave.stub.trust.StubKeys;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The filter configured without code: init-params and a properties file, or a map of the same keys. */
class FilterConfigHttpTest {

    @RegisterExtension
    static final ClaveStubExtension CLAVE = Harness.stubExtension();

    @TempDir
    Path dir;

    @Test
    @DisplayName("web.xml way: clave.config names the file, init-params add to it, a login works end to end")
    void filterWhenConfiguredByFileAndInitParamsThenLoginWorks() throws Exception {
        try (TestApp app = TestApp.start(origin -> {
            Path file = write("clave.properties", properties(coreKeys(origin, "/auth"), Map.of(
                    "clave.servlet.prefix", "/auth",
                    "clave.servlet.cookie-secure", "always")));
            FilterHolder holder = new FilterHolder(ClaveFilter.class);
            holder.setInitParameter("clave.config", file.toString());
            holder.setInitParameter("clave.servlet.protected-paths", "/private/*");
            return holder;
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
        try (TestApp app = TestApp.start(origin -> new FilterHolder(ClaveFilter.fromProperties(
                merge(coreKeys(origin, "/clave"), Map.of("clave.servlet.protected-paths", "/private/*",
                        "clave.servlet.locale", "en", "clave.servlet.cookie-secure", "always")))))) {
            TestBrowser browser = new TestBrowser(CLAVE.baseUrl()).acceptLanguage("es");
            CLAVE.nextLogin(LoginScript.failure(Failure.USER_CANCELLED));

            TestBrowser.Page page = browser.navigate(app.url("/private/"));

            assertEquals(403, page.status());
            Expect.contains(page.body(), Html.escape(new ClaveMessages().message(ClaveError.USER_CANCELLED, Locale.ENGLISH)));
        }
    }

    private Map<String, String> coreKeys(String origin, String prefix) {
        StubKeys.KeyAndCertificate sp = StubKeys.generated("servlet-tests SP (TEST-ONLY)");
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("clave.environment", "local");
        keys.put("clave.gateway.base-url", CLAVE.baseUrl());
        keys.put("clave.sp.code", Harness.SP_CODE);
        keys.put("clave.sp.application", "servlet-config-tests");
        keys.put("clave.sp.acs-url", origin + TestApp.CONTEXT + prefix + "/acs");
        keys.put("clave.sp.logout-return-url", origin + TestApp.CONTEXT + prefix + "/logout/return");
        keys.put("clave.sp.signing.private-key", write("sp-key.pem",
                pem("PRIVATE KEY", sp.privateKey().getEncoded())).toString());
        keys.put("clave.sp.signing.certificate", write("sp-cert.pem", pem(sp.certificate())).toString());
        keys.put("clave.trust.certificates", write("clave.pem", pem(CLAVE.signingCertificate())).toString());
        return keys;
    }

    private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
        Map<String, String> out = new LinkedHashMap<>(a);
        out.putAll(b);
        return out;
    }

    private static String properties(Map<String, String> a, Map<String, String> b) {
        return merge(a, b).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\")).collect(Collectors.joining("\n"));
    }

    private Path write(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String pem(X509Certificate certificate) {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
