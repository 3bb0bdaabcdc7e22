package dev.kefu.core.admission;

import dev.kefu.core.privacy.DataSubject;
import dev.kefu.core.privacy.PersonalRecords;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per sender, in memory: {@code burst} messages at once, refilled at
 * {@code perMinute}. Buckets of quiet senders are dropped once full again.
 */
public final class TokenBucketRateLimiter implements RateLimiter, PersonalRecords {

    private final int burst;
    private final double tokensPerMilli;
    private final Clock clock;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBucketRateLimiter(int burst, int perMinute, Clock clock) {
        if (burst < 1 || perMinute < 1) {
            throw new IllegalArgumentException("burst and perMinute must be at least 1");
        }
        this.burst = burst;
        this.tokensPerMilli = perMinute / 60_000.0;
        this.clock = clock;
    }

    @Override
    public Optional<Duration> acquire(String key) {
        long now = clock.millis();
        if (buckets.size() > 100_000) {
            buckets.values().removeIf(b -> b.isFullAt(now));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(burst, now)).take(now);
    }

    @Override
    public String kind() {
        return "rateLimits";
    }

    @Override
    public int forget(DataSubject subject) {
        return buckets.remove(subject.senderKey()) == null ? 0 : 1;
    }

    private final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized Optional<Duration> take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofMillis((long) Math.ceil((1 - tokens) / tokensPerMilli)));
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - updated) * tokensPerMilli);
            updated = now;
        }
    }
}
