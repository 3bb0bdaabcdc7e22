package dev.kefu.core.handoff;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** The recent waits of one instance, the last {@code capacity} of them; a restart starts from the configured default. */
public final class InMemoryWaitHistory implements WaitHistory {

    private final int capacity;
    private final Deque<Duration> waits = new ArrayDeque<>();

    public InMemoryWaitHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    @Override
    public synchronized void record(Duration wait) {
        waits.addFirst(wait);
        while (waits.size() > capacity) {
            waits.removeLast();
        }
    }

    @Override
    public synchronized List<Duration> recent(int limit) {
        return waits.stream().limit(limit).toList();
    }
}
