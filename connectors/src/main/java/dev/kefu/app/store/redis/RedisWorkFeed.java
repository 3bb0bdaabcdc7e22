package dev.kefu.app.store.redis;

import dev.kefu.core.events.WorkFeed;
import dev.kefu.core.events.WorkHandler;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The work feed of instances sharing one Redis: the outbox stream {@code <prefix>work}, which the
 * store's append script fills with references to the events it stores, read by one Redis consumer
 * group per work group ({@code XREADGROUP}). This instance is one consumer of each group, named by
 * its instance id; each group's entries are shared among the consumers, acknowledged ({@code XACK})
 * once handled, and taken over ({@code XAUTOCLAIM}) from a consumer that has left one unacknowledged
 * for longer than the minimum idle time. Build it with {@link #builder()}.
 */
public final class RedisWorkFeed implements WorkFeed {

    /** How long an entry may stay unacknowledged before another consumer takes it, when nobody says otherwise. */
    public static final Duration DEFAULT_MIN_IDLE = Duration.ofSeconds(30);
    /** How often an entry is delivered before it is given up, when nobody says otherwise. */
    public static final int DEFAULT_MAX_DELIVERIES = 5;
    /** How long a consumer holding nothing may go without reading before it is deleted from its group. */
    public static final Duration DEFAULT_FORGET_CONSUMERS_AFTER = Duration.ofHours(1);

    private final SharedRedis redis;
    private final String stream;
    private final String instance;
    private final Duration minIdle;
    private final int maxDeliveries;
    private final Duration forgetConsumersAfter;
    private final Map<String, RedisGroupConsumer> consumers = new ConcurrentHashMap<>();

    private RedisWorkFeed(Builder builder) {
        this.redis = builder.redis;
        this.stream = builder.redis.key("work");
        this.instance = builder.instance;
        this.minIdle = builder.minIdle;
        this.maxDeliveries = builder.maxDeliveries;
        this.forgetConsumersAfter = builder.forgetConsumersAfter;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The consumer name of this instance in every group. */
    public String instance() {
        return instance;
    }

    /** Creates the group if it is new ({@code XGROUP CREATE … $ MKSTREAM}); throws {@code StoreException} when Redis cannot be reached. */
    @Override
    public Consumption consume(String group, WorkHandler handler) {
        WorkFeed.checkGroup(group);
        Objects.requireNonNull(handler, "handler");
        RedisGroupConsumer consumer = consumers.compute(group, (name, running) -> {
            if (running != null) {
                throw new IllegalStateException("work group " + group + " is already consumed here");
            }
            return RedisGroupConsumer.start(redis, new RedisGroupConsumer.Settings(stream, group, instance, minIdle,
                    maxDeliveries, forgetConsumersAfter), handler);
        });
        return () -> {
            if (consumers.remove(group, consumer)) {
                consumer.close();
            }
        };
    }

    @Override
    public void close() {
        consumers.values().forEach(RedisGroupConsumer::close);
        consumers.clear();
    }

    /** Configures a {@link RedisWorkFeed}; only the connection is required. */
    public static final class Builder {
        private SharedRedis redis;
        private String instance = UUID.randomUUID().toString();
        private Duration minIdle = DEFAULT_MIN_IDLE;
        private int maxDeliveries = DEFAULT_MAX_DELIVERIES;
        private Duration forgetConsumersAfter = DEFAULT_FORGET_CONSUMERS_AFTER;

        private Builder() {
        }

        public Builder redis(SharedRedis redis) { this.redis = redis; return this; }
        /** This instance's consumer name; a random one by default. */
        public Builder instance(String instance) { this.instance = instance; return this; }
        /** How long an entry may stay unacknowledged before another consumer takes it over. */
        public Builder minIdle(Duration minIdle) { this.minIdle = minIdle; return this; }
        /** How often an entry is delivered at most; after that it is logged by reference and acknowledged. */
        public Builder maxDeliveries(int maxDeliveries) { this.maxDeliveries = maxDeliveries; return this; }
        /** How long a consumer that holds nothing (a stopped instance's) may go without reading before it is deleted. */
        public Builder forgetConsumersAfter(Duration after) { this.forgetConsumersAfter = after; return this; }

        public RedisWorkFeed build() {
            Objects.requireNonNull(redis, "redis");
            if (instance == null || instance.isBlank()) {
                throw new IllegalArgumentException("the instance needs a name");
            }
            if (minIdle.toMillis() < 1 || maxDeliveries < 1 || forgetConsumersAfter.toMillis() < 1) {
                throw new IllegalArgumentException("the minimum idle time and the time to forget a consumer must be at least 1 ms, "
                        + "the cap on deliveries at least 1");
            }
            return new RedisWorkFeed(this);
        }
    }
}
