package es.clave.sp.benchmarks;

import es.clave.sp.ClaveServiceProvider;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntUnaryOperator;

/**
 * Before/after comparison of two builds of the benchmarks jar in one JVM and one thread, so both
 * see the same machine load: each jar is loaded in a class loader of its own, and every step runs
 * finishLogin and the crypto floor of one build, then of the other (the order alternates). It
 * prints per round thread CPU time and allocated bytes per finishLogin of each build, each one's
 * ratio to its own floor, and after/before. Two builds in one JVM make the working set larger than
 * one, so the ratios to the floor read higher than {@link FinishLoginCpuTime}'s; compare
 * after/before here and the ratio to the floor there.
 * Usage: {@code java -cp benchmarks/target/benchmarks.jar es.clave.sp.benchmarks.BuildComparison
 * before.jar after.jar [ops] [rounds]}.
 */
public final class BuildComparison {
    private BuildComparison() {
    }

    /**
     * Runs inside each build's class loader: the fixture, core and Santuario are that build's.
     * Op 0 is one finishLogin, op 1 one crypto floor.
     */
    public static final class Driver implements IntUnaryOperator {
        private final FinishLoginFixture f;
        private final ClaveServiceProvider sp;
        private final CryptoFloor floor;

        public Driver() throws Exception {
            f = new FinishLoginFixture();
            sp = ClaveServiceProvider.create(f.config, new AcceptAllReplayCache());
            floor = new CryptoFloor(f);
        }

        @Override
        public int applyAsInt(int op) {
            try {
                return op == 0
                        ? sp.finishLogin(f.samlResponse, f.pending.relayState(), f.pending, f.client).getName().length()
                        : floor.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** @param args before jar, after jar, operations per round (default 300), rounds (default 4; the first warms up) */
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: BuildComparison before.jar after.jar [ops] [rounds]");
        }
        int ops = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        IntUnaryOperator[] builds = {load(Path.of(args[0])), load(Path.of(args[1]))};
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int sink = 0;
        for (int round = 0; round < rounds; round++) {
            long[] login = new long[2];
            long[] floor = new long[2];
            long[] bytes = new long[2];
            for (int i = 0; i < ops; i++) {
                for (int k = 0; k < 2; k++) {
                    int b = (i + k) % 2; // before first on even steps, after first on odd ones
                    long a0 = mx.getCurrentThreadAllocatedBytes();
                    long t0 = mx.getCurrentThreadCpuTime();
                    sink += builds[b].applyAsInt(0);
                    long t1 = mx.getCurrentThreadCpuTime();
                    bytes[b] += mx.getCurrentThreadAllocatedBytes() - a0;
                    sink += builds[b].applyAsInt(1);
                    login[b] += t1 - t0;
                    floor[b] += mx.getCurrentThreadCpuTime() - t1;
                }
            }
            System.out.printf("round %d%s: before %d us/op (%.3f x floor, %d B/op), after %d us/op (%.3f x floor, %d B/op),"
                            + " after/before %.3f, load %s%n", round, round == 0 ? " (warm-up)" : "",
                    login[0] / ops / 1000, (double) login[0] / floor[0], bytes[0] / ops,
                    login[1] / ops / 1000, (double) login[1] / floor[1], bytes[1] / ops,
                    (double) login[1] / login[0], loadAverage());
        }
        if (sink == 42) {
            System.out.println();
        }
    }

    private static IntUnaryOperator load(Path jar) throws Exception {
        byte[] driver;
        try (InputStream in = Driver.class.getResourceAsStream("BuildComparison$Driver.class")) {
            driver = in.readAllBytes();
        }
        ClassLoader loader = new Isolated(jar.toUri().toURL(), driver);
        return (IntUnaryOperator) loader.loadClass(Driver.class.getName()).getConstructor().newInstance();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "n/a";
        }
    }

    /** One build's classes, beside the JDK only; the driver is this jar's, defined against that build. */
    private static final class Isolated extends URLClassLoader {
        private final byte[] driver;

        Isolated(URL jar, byte[] driver) {
            super(new URL[]{jar}, ClassLoader.getPlatformClassLoader());
            this.driver = driver;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (name.equals(Driver.class.getName())) {
                return defineClass(name, driver, 0, driver.length);
            }
            return super.findClass(name);
        }
    }
}
