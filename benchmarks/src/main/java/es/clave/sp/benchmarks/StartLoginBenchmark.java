package es.clave.sp.benchmarks;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.config.ClaveSpConfig;
import es.clave.sp.keys.SpCredential;
import es.clave.sp.login.LoginOptions;
import es.clave.sp.login.LoginStart;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * {@code startLogin} (render + digest + sign + Base64) against its floor: one bare RSA-SHA512
 * signature with the same key over a SignedInfo-sized input, each operation creating and
 * initialising its {@link Signature} exactly as the request path does. The goal of issue 2 is
 * {@code startLogin / bareSignature < 1.10}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
// the audit event startLogin emits costs whatever the application's logging backend costs (here
// slf4j-simple writing to stderr): it is switched off so that the request path itself is measured;
// pass -jvmArgsAppend -Dorg.slf4j.simpleLogger.log.es.clave.sp.audit=info to include it
@Fork(value = 1, jvmArgsAppend = "-D" + StartLoginBenchmark.AUDIT_LEVEL_PROPERTY + "=warn")
public class StartLoginBenchmark {

    /** slf4j-simple's level property for the audit logger. */
    static final String AUDIT_LEVEL_PROPERTY = "org.slf4j.simpleLogger.log.es.clave.sp.audit";

    private ClaveServiceProvider sp;
    private PrivateKey key;
    private byte[] signedInfo;

    /** Generates a 2048-bit RSA key (BENCHMARK ONLY) and the configuration around it. */
    @Setup
    public void setUp() {
        SpCredential signing = BenchmarkFixtures.rsa("sp", 2048);
        ClaveSpConfig config = BenchmarkFixtures.config(signing);
        sp = ClaveServiceProvider.create(config);
        key = signing.privateKey();
        // the exact bytes startLogin signs: the canonical SignedInfo of a real request
        String xml = new String(Base64.getDecoder().decode(
                sp.startLogin(LoginOptions.defaults()).form().field("SAMLRequest")), StandardCharsets.UTF_8);
        String body = xml.substring(xml.indexOf("<ds:SignedInfo>") + "<ds:SignedInfo>".length(),
                xml.indexOf("</ds:SignedInfo>"));
        signedInfo = ("<ds:SignedInfo xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">" + body + "</ds:SignedInfo>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** @return a complete login start: signed request, form and pending state */
    @Benchmark
    public LoginStart startLogin() {
        return sp.startLogin(LoginOptions.defaults());
    }

    /** @return one RSA-SHA512 signature with the same key: the floor startLogin cannot beat */
    @Benchmark
    public byte[] bareSignature() throws Exception {
        Signature s = Signature.getInstance("SHA512withRSA");
        s.initSign(key);
        s.update(signedInfo);
        return s.sign();
    }
}
