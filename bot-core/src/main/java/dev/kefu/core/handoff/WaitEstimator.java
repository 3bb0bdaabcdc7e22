package dev.kefu.core.handoff;

import java.time.Duration;
import java.util.List;

/**
 * The wait a customer should expect: the median of the recent waits (once there are enough of
 * them, else the configured default) for each round of conversations ahead that the online
 * agents take together, rounded up to whole minutes.
 */
public final class WaitEstimator {

    static final int SAMPLES = 50;
    static final int MIN_SAMPLES = 3;

    private final WaitHistory history;
    private final Duration defaultWait;

    public WaitEstimator(WaitHistory history, Duration defaultWait) {
        if (defaultWait.isNegative() || defaultWait.isZero()) {
            throw new IllegalArgumentException("the default wait must be positive");
        }
        this.history = history;
        this.defaultWait = defaultWait;
    }

    /** The typical wait of one customer: the median of recent waits, or the default. */
    public Duration typicalWait() {
        List<Duration> recent = history.recent(SAMPLES);
        if (recent.size() < MIN_SAMPLES) {
            return defaultWait;
        }
        List<Duration> sorted = recent.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }

    /** Whole minutes, at least one, for the customer at {@code position} (1-based) when {@code agentsOnline} agents work. */
    public long expectedMinutes(int position, int agentsOnline) {
        long rounds = (Math.max(1, position) + Math.max(1, agentsOnline) - 1) / Math.max(1, agentsOnline);
        long millis = typicalWait().toMillis() * rounds;
        return Math.max(1, (millis + 59_999) / 60_000);
    }
}
