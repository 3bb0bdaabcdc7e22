package dev.kefu.core.admission;

import java.time.Duration;

/** Limits how fast one sender may send. Implementations are thread-safe. */
public interface RateLimiter {

    /** Takes one message's permit for {@code key}; empty when allowed, else how long to wait. */
    java.util.Optional<Duration> acquire(String key);
}
