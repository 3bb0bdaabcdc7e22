package dev.kefu.text.eval;

import java.util.Arrays;

/** Collects per-item latencies of an evaluation run and reports percentiles in milliseconds. */
public final class LatencyRecorder {

    private long[] nanos = new long[1024];
    private int size;

    public void record(long elapsedNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsedNanos;
    }

    /** The latency below which {@code percent} of the items fell (nearest rank), in ms. */
    public double percentileMillis(double percent) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1_000_000.0;
    }
}
