package org.reviewworkspace.bench;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Durations in nanoseconds, collected from any thread; percentiles by nearest rank. */
final class Latencies {

    private final ConcurrentLinkedQueue<Long> samples = new ConcurrentLinkedQueue<>();

    void add(long nanos) {
        samples.add(nanos);
    }

    int count() {
        return samples.size();
    }

    /** The {@code p}-th percentile (0–100) in milliseconds. */
    double percentileMillis(double p) {
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    double maxMillis() {
        return Arrays.stream(samples.stream().mapToLong(Long::longValue).toArray()).max().orElse(0) / 1e6;
    }

    static String ms(double millis) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", millis);
    }
}
