package es.clave.sp.load.scenario;

import java.util.Collection;

/** Nearest-rank percentiles of a sample, in milliseconds. */
public record Percentiles(int count, double p50, double p95, double p99, double max) {

    /** @return the percentiles of {@code millis}; all zero for an empty sample */
    public static Percentiles of(Collection<Double> millis) {
        double[] v = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return new Percentiles(0, 0, 0, 0, 0);
        }
        return new Percentiles(v.length, rank(v, 0.50), rank(v, 0.95), rank(v, 0.99), v[v.length - 1]);
    }

    private static double rank(double[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    @Override
    public String toString() {
        return String.format("p50 %.0f ms, p95 %.0f ms, p99 %.0f ms (max %.0f, n=%d)", p50, p95, p99, max, count);
    }
}
