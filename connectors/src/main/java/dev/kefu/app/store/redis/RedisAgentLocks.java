package dev.kefu.app.store.redis;

import dev.kefu.core.handoff.AgentLocks;
import dev.kefu.core.handoff.HandoffConflictException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Agents' locks shared by every instance: {@code agents:lock:<id>} set with NX and a lease, so a
 * holder that dies frees it when the lease runs out, and released only by its holder (a Lua
 * compare-and-delete). A caller waits for the lock up to {@code wait}, polling, then gives up with
 * a {@link HandoffConflictException} (409 on the agent API; the dispatcher tries again next round).
 * Build it with {@link #builder()}.
 */
public final class RedisAgentLocks implements AgentLocks {

    private static final RedisScript UNLOCK = RedisScript.load("unlock.lua");
    private static final long POLL_MILLIS = 10;

    private final SharedRedis redis;
    private final Duration lease;
    private final Duration wait;

    private RedisAgentLocks(Builder builder) {
        this.redis = Objects.requireNonNull(builder.redis, "redis");
        this.lease = builder.lease;
        this.wait = builder.wait;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public <T> T withAgent(String agentId, Supplier<T> change) {
        String key = redis.key("agents", "lock", agentId);
        String token = UUID.randomUUID().toString();
        acquire(agentId, key, token);
        try {
            return change.get();
        } finally {
            redis.run(UNLOCK, ScriptOutputType.INTEGER, new String[] {key}, token);
        }
    }

    private void acquire(String agentId, String key, String token) {
        long deadline = System.nanoTime() + wait.toNanos();
        SetArgs once = SetArgs.Builder.nx().px(lease.toMillis());
        while (!"OK".equals(redis.call(c -> c.set(key, token, once)))) {
            if (System.nanoTime() > deadline) {
                throw new HandoffConflictException("agent " + agentId + " is being given another conversation; try again");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HandoffConflictException("interrupted while waiting for agent " + agentId);
            }
        }
    }

    /** Configures {@link RedisAgentLocks}; the connection is required. */
    public static final class Builder {
        private SharedRedis redis;
        private Duration lease = Duration.ofSeconds(10);
        private Duration wait = Duration.ofSeconds(3);

        private Builder() {
        }

        public Builder redis(SharedRedis redis) { this.redis = redis; return this; }

        /** How long a lock outlives a holder that died without releasing it. */
        public Builder lease(Duration lease) { this.lease = positive(lease, "lease"); return this; }

        /** How long a caller waits for the lock before giving up. */
        public Builder wait(Duration wait) { this.wait = positive(wait, "wait"); return this; }

        private static Duration positive(Duration value, String name) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("the " + name + " must be positive");
            }
            return value;
        }

        public RedisAgentLocks build() {
            return new RedisAgentLocks(this);
        }
    }
}
