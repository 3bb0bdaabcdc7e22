package dev.kefu.app.store.redis;

import dev.kefu.core.admission.MessageInProgressException;
import dev.kefu.core.admission.RecentMessages;
import dev.kefu.core.message.TurnResult;
import dev.kefu.core.privacy.DataSubject;
import dev.kefu.core.privacy.PersonalRecords;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Redelivered platform messages recognised across instances: a claim is {@code SET key "" NX PX},
 * so one instance handles a message and the others see it is taken; the result then replaces the
 * empty value, for redeliveries to get. Build it with {@link #builder()}.
 */
public final class RedisRecentMessages implements RecentMessages, PersonalRecords {

    private static final String HANDLING = "";

    private final SharedRedis redis;
    private final Duration handlingTimeout;
    private final Duration keepFor;
    private final ObjectMapper json = JsonMapper.builder().build();

    private RedisRecentMessages(Builder builder) {
        this.redis = builder.redis;
        this.handlingTimeout = builder.handlingTimeout;
        this.keepFor = builder.keepFor;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Optional<TurnResult> claim(String key) {
        String redisKey = redis.key("delivery", key);
        while (true) {
            String claimed = redis.call(c -> c.set(redisKey, HANDLING, SetArgs.Builder.nx().px(handlingTimeout)));
            if ("OK".equals(claimed)) {
                return Optional.empty();
            }
            String earlier = redis.call(c -> c.get(redisKey));
            if (HANDLING.equals(earlier)) {
                throw new MessageInProgressException(key);
            }
            if (earlier != null) {
                return Optional.of(json.readValue(earlier, TurnResult.class));
            }
            // the claim expired between the two commands: claim again
        }
    }

    @Override
    public void remember(String key, TurnResult result) {
        String value = json.writeValueAsString(result);
        redis.call(c -> c.set(redis.key("delivery", key), value, SetArgs.Builder.px(keepFor)));
    }

    /** Deletes the claim; only its holder calls this, before any result is stored. */
    @Override
    public void release(String key) {
        redis.call(c -> c.del(redis.key("delivery", key)));
    }

    @Override
    public String kind() {
        return "deliveries";
    }

    /**
     * Deletes the results of the subject's conversations (they hold the bot's replies to them):
     * the delivery keys are scanned, which is slow on a large Redis but a deletion request is rare.
     */
    @Override
    public int forget(DataSubject subject) {
        if (subject.conversationIds().isEmpty()) {
            return 0;
        }
        ScanArgs pattern = ScanArgs.Builder.matches(redis.key("delivery", "*")).limit(500);
        int deleted = 0;
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            ScanCursor from = cursor;
            KeyScanCursor<String> page = redis.call(c -> c.scan(from, pattern));
            for (String key : page.getKeys()) {
                String value = redis.call(c -> c.get(key));
                if (value != null && !value.equals(HANDLING)
                        && subject.conversationIds().contains(json.readValue(value, TurnResult.class).conversationId())) {
                    deleted += redis.call(c -> c.del(key)).intValue();
                }
            }
            cursor = page;
        } while (!cursor.isFinished());
        return deleted;
    }

    /** Configures a {@link RedisRecentMessages}: how long a claim holds and how long a result is kept. */
    public static final class Builder {
        private SharedRedis redis;
        private Duration handlingTimeout = Duration.ofMinutes(1);
        private Duration keepFor = Duration.ofDays(1);

        private Builder() {
        }

        public Builder redis(SharedRedis redis) { this.redis = redis; return this; }
        /** After this, an instance that died while handling a message loses its claim, and a redelivery is handled. */
        public Builder handlingTimeout(Duration timeout) { this.handlingTimeout = timeout; return this; }
        /** How long a redelivery still gets the first result. */
        public Builder keepFor(Duration keepFor) { this.keepFor = keepFor; return this; }

        public RedisRecentMessages build() {
            Objects.requireNonNull(redis, "redis");
            if (handlingTimeout.toMillis() < 1 || keepFor.toMillis() < 1) {
                throw new IllegalArgumentException("the handling timeout and the keeping time must be at least 1 ms");
            }
            return new RedisRecentMessages(this);
        }
    }
}
