package dev.kefu.app.store.redis;

import dev.kefu.core.admission.RateLimiter;
import dev.kefu.core.privacy.DataSubject;
import dev.kefu.core.privacy.PersonalRecords;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The token bucket of {@code TokenBucketRateLimiter}, kept in Redis so that a sender's messages
 * count alike on every instance: a hash per sender with the tokens left and the last refill,
 * updated by one Lua script on Redis's clock. Build it with {@link #builder()}.
 */
public final class RedisRateLimiter implements RateLimiter, PersonalRecords {

    private static final RedisScript TOKEN_BUCKET = RedisScript.load("token-bucket.lua");

    private final SharedRedis redis;
    private final String burst;
    private final String tokensPerMilli;

    private RedisRateLimiter(Builder builder) {
        this.redis = builder.redis;
        this.burst = Integer.toString(builder.burst);
        this.tokensPerMilli = Double.toString(builder.perMinute / 60_000.0);
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<Duration> acquire(String key) {
        long waitMillis = redis.run(TOKEN_BUCKET, ScriptOutputType.INTEGER, new String[] {redis.key("rate", key)},
                burst, tokensPerMilli);
        return waitMillis == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(waitMillis));
    }

    @Override
    public String kind() {
        return "rateLimits";
    }

    @Override
    public int forget(DataSubject subject) {
        long deleted = redis.call(c -> c.del(redis.key("rate", subject.senderKey())));
        return (int) deleted;
    }

    /** Configures a {@link RedisRateLimiter}: {@code burst} messages at once, refilled at {@code perMinute}. */
    public static final class Builder {
        private SharedRedis redis;
        private int burst = 20;
        private int perMinute = 60;

        private Builder() {
        }

        public Builder redis(SharedRedis redis) { this.redis = redis; return this; }
        public Builder burst(int burst) { this.burst = burst; return this; }
        public Builder perMinute(int perMinute) { this.perMinute = perMinute; return this; }

        public RedisRateLimiter build() {
            Objects.requireNonNull(redis, "redis");
            if (burst < 1 || perMinute < 1) {
                throw new IllegalArgumentException("burst and perMinute must be at least 1");
            }
            return new RedisRateLimiter(this);
        }
    }
}
