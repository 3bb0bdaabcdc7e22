package dev.kefu.app.store.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kefu.core.handoff.AgentStatusStore;
import dev.kefu.core.handoff.CallbackRequest;
import dev.kefu.core.handoff.CallbackStore;
import dev.kefu.core.handoff.HandoffStoreContract;
import dev.kefu.core.handoff.Presence;
import dev.kefu.core.handoff.WaitHistory;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The handoff store contract on a real redis-server, and what Redis does by itself: expire personal data. */
class RedisHandoffStoresTest extends HandoffStoreContract {

    @RegisterExtension
    static final RedisServer server = RedisServer.withoutPersistence();
    private final SharedRedis redis = server.redis();

    @Override
    protected AgentStatusStore agentStatus() {
        return new RedisAgentStatusStore(redis);
    }

    @Override
    protected WaitHistory waitHistory(int capacity) {
        return new RedisWaitHistory(redis, capacity);
    }

    @Override
    protected CallbackStore callbacks() {
        return new RedisCallbackStore(redis);
    }

    @Test
    void redisDeletesAnExpiredCallbackRequestByItselfAndAnotherInstanceSeesTheSameStatus() {
        Instant now = Instant.now();
        callbacks().save(new CallbackRequest("c-1", "PHONE", "13812345678", "zh-Hans", now, now.plusMillis(300)));
        Long ttl = redis.call(c -> c.pttl("kefu:callback:c-1"));
        assertThat(ttl).isBetween(1L, 300L);
        try (SharedRedis other = server.connect()) {
            new RedisAgentStatusStore(other).presence("alice", Presence.AWAY);
            assertThat(agentStatus().presence("alice")).isEqualTo(Presence.AWAY);
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> redis.call(c -> c.exists("kefu:callback:c-1")) == 0);
        assertThat(callbacks().pending(now)).isEmpty();
    }
}
