package es.clave.sp.benchmarks;

import es.clave.sp.ClaveServiceProvider;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Companion of {@link FinishLoginBenchmark} for shared or overloaded machines, where JMH's wall-clock
 * scores mostly measure time spent descheduled: runs finishLogin and its crypto floor interleaved
 * on one thread and reports the thread CPU time per operation of each, and their ratio. With the
 * third argument {@code opensaml} each step also validates the same bytes with OpenSAML used
 * directly ({@link OpenSamlReference}), reported against the same floor.
 * Usage: {@code java -cp benchmarks/target/benchmarks.jar es.clave.sp.benchmarks.FinishLoginCpuTime [ops] [rounds] [opensaml]}.
 */
public final class FinishLoginCpuTime {
    private FinishLoginCpuTime() {
    }

    /** @param args operations per round (default 1000), rounds (default 5; the first is warm-up), {@code opensaml} */
    public static void main(String[] args) throws Exception {
        int ops = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        boolean withOpenSaml = args.length > 2 && "opensaml".equals(args[2]);
        FinishLoginFixture f = new FinishLoginFixture();
        ClaveServiceProvider sp = ClaveServiceProvider.create(f.config, new AcceptAllReplayCache());
        CryptoFloor floor = new CryptoFloor(f);
        OpenSamlReference openSaml = withOpenSaml ? new OpenSamlReference(f) : null;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int sink = 0;
        for (int round = 0; round < rounds; round++) {
            long login = 0;
            long crypto = 0;
            long peer = 0;
            for (int i = 0; i < ops; i++) {
                long t0 = mx.getCurrentThreadCpuTime();
                sink += sp.finishLogin(f.samlResponse, f.pending.relayState(), f.pending, f.client).getName().length();
                long t1 = mx.getCurrentThreadCpuTime();
                sink += floor.run();
                long t2 = mx.getCurrentThreadCpuTime();
                login += t1 - t0;
                crypto += t2 - t1;
                if (openSaml != null) {
                    sink += openSaml.run().length();
                    peer += mx.getCurrentThreadCpuTime() - t2;
                }
            }
            System.out.printf("round %d%s: finishLogin %d us/op, cryptoFloor %d us/op (CPU time), ratio %.2f%s%n", round,
                    round == 0 ? " (warm-up)" : "", login / ops / 1000, crypto / ops / 1000, (double) login / crypto,
                    openSaml == null ? "" : String.format("; OpenSAML %d us/op, ratio %.2f", peer / ops / 1000,
                            (double) peer / crypto));
        }
        if (sink == 42) {
            System.out.println();
        }
    }
}
