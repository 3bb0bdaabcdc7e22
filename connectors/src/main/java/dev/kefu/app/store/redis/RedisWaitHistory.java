package dev.kefu.app.store.redis;

import dev.kefu.core.handoff.WaitHistory;
import java.time.Duration;
import java.util.List;

/** The recent waits of every instance: a list {@code handoff:waits} of milliseconds, newest first, trimmed to its capacity. */
public final class RedisWaitHistory implements WaitHistory {

    private final SharedRedis redis;
    private final int capacity;

    public RedisWaitHistory(SharedRedis redis, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.redis = redis;
        this.capacity = capacity;
    }

    @Override
    public void record(Duration wait) {
        String key = redis.key("handoff", "waits");
        redis.call(c -> {
            c.lpush(key, Long.toString(wait.toMillis()));
            return c.ltrim(key, 0, capacity - 1);
        });
    }

    @Override
    public List<Duration> recent(int limit) {
        return redis.call(c -> c.lrange(redis.key("handoff", "waits"), 0, Math.min(limit, capacity) - 1)).stream()
                .map(millis -> Duration.ofMillis(Long.parseLong(millis))).toList();
    }
}
