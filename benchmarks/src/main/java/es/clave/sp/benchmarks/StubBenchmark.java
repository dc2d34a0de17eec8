package es.clave.sp.benchmarks;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.config.Environment;
import es.clave.sp.keys.SpCredential;
import es.clave.sp.login.LoginOptions;
import es.clave.sp.login.PostForm;
import es.clave.stub.ClaveStub;
import es.clave.stub.LoginScript;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The gateway stub (issue 4): {@code startAndClose} is what the JUnit extension costs per test
 * class once the JVM's keys exist; {@code scriptedLogin} is one SP POST answered with a signed
 * Response (request decoding, conformance checks, signature verification, response signing).
 * The first start in a JVM also generates an RSA 2048 key; see the README.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StubBenchmark {

    private ClaveStub stub;
    private PostForm form;
    private final HttpClient client = HttpClient.newHttpClient();

    /** Starts one stub and builds one signed request with clave-sp-core. */
    @Setup(Level.Trial)
    public void setUp() {
        SpCredential signing = BenchmarkFixtures.rsa("sp", 2048);
        stub = ClaveStub.builder().devMode(false).registerSp(BenchmarkFixtures.SP_CODE, signing.certificate()).start();
        ClaveSpConfig config = ClaveSpConfig.builder().environment(Environment.LOCAL).gatewayBaseUrl(stub.baseUrl())
                .spCode(BenchmarkFixtures.SP_CODE).applicationName("benchmarks").acsUrl(BenchmarkFixtures.ACS)
                .signingCredential(signing).addTrustedCertificate(stub.signingCertificate()).build();
        form = ClaveServiceProvider.create(config).startLogin(LoginOptions.defaults()).form();
    }

    /** Stops the stub. */
    @TearDown(Level.Trial)
    public void tearDown() {
        stub.close();
    }

    /** @return the port of a stub started and closed again */
    @Benchmark
    public int startAndClose() {
        try (ClaveStub s = ClaveStub.builder().start()) {
            return s.port();
        }
    }

    /** @return the length of the auto-post page answering one scripted login */
    @Benchmark
    public int scriptedLogin() throws Exception {
        stub.nextLogin(LoginScript.user("nif"));
        String body = form.fields().entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(form.action().toString()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (!r.body().contains("SAMLResponse")) {
            throw new IllegalStateException("no response form: " + r.body());
        }
        return r.body().length();
    }
}
