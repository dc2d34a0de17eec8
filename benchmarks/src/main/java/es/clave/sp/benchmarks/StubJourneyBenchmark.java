package es.clave.sp.benchmarks;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.config.Environment;
import es.clave.sp.keys.SpCredential;
import es.clave.stub.ClaveStub;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One citizen's whole journey through the stub over real loopback HTTP, as a browser without
 * JavaScript makes it (issue 16, item 0): the SP's button ({@code GET /login}, the auto-post form)
 * → the stub's chooser → the Cl@ve PIN page → "continue" with the first test user → the auto-post
 * form → the SP's ACS, which runs clave-sp-core's {@code finishLogin}. One keep-alive HTTP/1.1
 * client, one user at a time. The SP is {@link JourneySp}, which answers in one write with
 * no-delay, so what the figure shows beyond the work is the stub's own waiting.
 * <p>
 * Run it as it ships, and once with {@code -jvmArgsAppend -Dsun.net.httpserver.nodelay=false} for
 * the figure before the fix (the stub respects an explicit setting).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StubJourneyBenchmark {

    private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)(?:=\"([^\"]*)\")?");

    private ClaveStub stub;
    private JourneySp sp;
    private String spBase;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** Starts the stub (dev mode off, the SP registered) and the SP. */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
        SpCredential signing = BenchmarkFixtures.rsa("sp", 2048);
        stub = ClaveStub.builder().devMode(false).registerSp(BenchmarkFixtures.SP_CODE, signing.certificate()).start();
        sp = new JourneySp();
        spBase = "http://localhost:" + sp.port();
        ClaveSpConfig config = ClaveSpConfig.builder().environment(Environment.LOCAL).gatewayBaseUrl(stub.baseUrl())
                .spCode(BenchmarkFixtures.SP_CODE).applicationName("journey-benchmark").acsUrl(spBase + "/acs")
                .signingCredential(signing).addTrustedCertificate(stub.signingCertificate()).build();
        sp.start(ClaveServiceProvider.create(config));
        String identity = journey();
        if (!identity.contains("12345678Z")) {
            throw new IllegalStateException("the journey did not end with the test user's identity: " + identity);
        }
        stub.lastExchange().report().assertClean();
    }

    /** Stops both servers. */
    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        sp.close();
        stub.close();
    }

    /** @return the SP's last page, which names the person identifier the ACS accepted */
    @Benchmark
    public String journey() throws Exception {
        String button = get(spBase + "/login");
        Matcher toStub = form(button);
        String chooser = post(toStub.group(1), fields(toStub));
        String pinPage = get(stub.baseUrl() + unescape(href(chooser, "method-CLAVE_PIN")));
        Matcher finish = form(pinPage);
        String autoPost = post(stub.baseUrl() + unescape(finish.group(1)), fields(finish));
        Matcher toAcs = form(autoPost);
        return post(unescape(toAcs.group(1)), fields(toAcs));
    }

    private String get(String url) throws Exception {
        return body(client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()));
    }

    private String post(String url, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return body(client.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static String body(HttpResponse<String> r) {
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.uri() + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static Matcher form(String html) {
        Matcher m = FORM.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no form in:\n" + html);
        }
        return m;
    }

    /** @return the hidden inputs and checked radio buttons of a form, as a browser would submit them */
    private static Map<String, String> fields(Matcher form) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(form.group(2));
        while (input.find()) {
            Map<String, String> a = new LinkedHashMap<>();
            Matcher m = ATTRIBUTE.matcher(input.group(1));
            while (m.find()) {
                a.put(m.group(1), m.group(2) == null ? "" : unescape(m.group(2)));
            }
            boolean choice = "radio".equals(a.get("type"));
            if (a.containsKey("name") && (!choice || a.containsKey("checked")) && !out.containsKey(a.get("name"))) {
                out.put(a.get("name"), a.getOrDefault("value", ""));
            }
        }
        return out;
    }

    private static String href(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*href=\"([^\"]*)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no link " + id + " in:\n" + html);
        }
        return m.group(1);
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
