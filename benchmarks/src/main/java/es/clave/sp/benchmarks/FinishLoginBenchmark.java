package es.clave.sp.benchmarks;

import es.clave.sp.ClaveServiceProvider;
import es.clave.sp.identity.ClaveIdentity;
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

import java.util.concurrent.TimeUnit;

/**
 * finishLogin on a signed Response carrying an encrypted, signed assertion (RSA-2048, RSA-OAEP,
 * AES-256-GCM, RSA-SHA512, eight attributes), side by side with its crypto floor: one RSA-OAEP
 * unwrap, two RSA-SHA512 verifications and the AES-GCM decryption of the same bytes. The ratio
 * finishLogin / cryptoFloor is the overhead of parsing, canonicalization and checks.
 * See benchmarks/README.md for the commands.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FinishLoginBenchmark {

    private FinishLoginFixture fixture;
    private ClaveServiceProvider sp;
    private CryptoFloor floor;

    /** Builds the fixture and the SP once per run. */
    @Setup
    public void setUp() throws Exception {
        fixture = new FinishLoginFixture();
        sp = ClaveServiceProvider.create(fixture.config, new AcceptAllReplayCache());
        floor = new CryptoFloor(fixture);
        ClaveIdentity check = finishLogin();
        if (!"12345678Z".equals(check.getName())) {
            throw new IllegalStateException("fixture response did not validate");
        }
    }

    /** The full validation pipeline of one response. */
    @Benchmark
    public ClaveIdentity finishLogin() {
        return sp.finishLogin(fixture.samlResponse, fixture.pending.relayState(), fixture.pending, fixture.client);
    }

    /** The unavoidable cryptography of the same response. */
    @Benchmark
    public int cryptoFloor() throws Exception {
        return floor.run();
    }
}
