package dev.kefu.core.handoff;

import java.time.Duration;
import java.util.List;

/**
 * The recent waits of customers between handoff and an agent taking them, newest first, from
 * which the expected wait is estimated. Keeps a bounded number.
 */
public interface WaitHistory {

    void record(Duration wait);

    /** Up to {@code limit} recent waits, newest first. */
    List<Duration> recent(int limit);
}
