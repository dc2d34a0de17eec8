package es.clave.sp.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * A companion to {@link StartLoginBenchmark} for shared, noisy machines: it alternates short
 * blocks of {@code startLogin} and of the bare signature in the same thread, many times, and
 * reports the median of the per-round ratios, measured both in wall time and in thread CPU time.
 * Load that drifts during the run hits both sides of each round alike, which JMH's sequential
 * runs (all of one benchmark, then all of the other) cannot offer. JMH remains the reference on a
 * quiet machine.
 */
public final class PairedRatio {

    private PairedRatio() {
    }

    /** @param args {@code [rounds] [operations per block]}, default 40 and 50 */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        int block = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        // as in StartLoginBenchmark: the audit log line is the logging backend's cost, not the request's
        if (System.getProperty(StartLoginBenchmark.AUDIT_LEVEL_PROPERTY) == null) {
            System.setProperty(StartLoginBenchmark.AUDIT_LEVEL_PROPERTY, "warn");
        }
        StartLoginBenchmark bench = new StartLoginBenchmark();
        bench.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warmUntil = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            bench.startLogin();
            bench.bareSignature();
        }
        double[] wallRatio = new double[rounds];
        double[] cpuRatio = new double[rounds];
        double[] loginCpu = new double[rounds];
        double[] signCpu = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            // ABBA order: odd rounds run the signature first, so warm-up or frequency effects of
            // going first cancel out
            long[] login;
            long[] sign;
            if (r % 2 == 0) {
                login = block(threads, block, bench::startLogin);
                sign = block(threads, block, bench::bareSignature);
            } else {
                sign = block(threads, block, bench::bareSignature);
                login = block(threads, block, bench::startLogin);
            }
            wallRatio[r] = (double) login[0] / sign[0];
            cpuRatio[r] = (double) login[1] / sign[1];
            loginCpu[r] = login[1] / 1000.0 / block;
            signCpu[r] = sign[1] / 1000.0 / block;
        }
        System.out.printf("rounds=%d block=%d%n", rounds, block);
        System.out.printf("startLogin    CPU median %.1f us/op%n", median(loginCpu));
        System.out.printf("bareSignature CPU median %.1f us/op%n", median(signCpu));
        System.out.printf("ratio startLogin/bareSignature: CPU time median %.3f, wall time median %.3f%n",
                median(cpuRatio), median(wallRatio));
    }

    /** An operation that may throw, as the benchmark methods do. */
    private interface Operation {
        Object run() throws Exception;
    }

    /** @return wall and thread CPU nanoseconds of {@code count} runs of {@code op} */
    private static long[] block(ThreadMXBean threads, int count, Operation op) throws Exception {
        long w0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < count; i++) {
            op.run();
        }
        return new long[]{System.nanoTime() - w0, threads.getCurrentThreadCpuTime() - c0};
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
