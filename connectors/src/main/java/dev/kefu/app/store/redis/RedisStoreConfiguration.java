package dev.kefu.app.store.redis;

import dev.kefu.app.config.KefuProperties;
import dev.kefu.core.admission.RateLimiter;
import dev.kefu.core.admission.RecentMessages;
import dev.kefu.core.events.ConversationEventBus;
import dev.kefu.core.events.LocalConversationEventBus;
import dev.kefu.core.handoff.AgentStatusStore;
import dev.kefu.core.handoff.CallbackStore;
import dev.kefu.core.handoff.WaitHistory;
import dev.kefu.core.store.ConversationStore;
import dev.kefu.core.store.StoreException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** With {@code kefu.store=redis}: conversations, rate limits and redelivered messages in the Redis at {@code kefu.redis.uri}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kefu.store", havingValue = "redis")
class RedisStoreConfiguration {

    @Bean(destroyMethod = "close")
    SharedRedis sharedRedis(KefuProperties properties) {
        KefuProperties.Redis redis = properties.redis();
        return SharedRedis.builder().uri(redis.uri()).keyPrefix(redis.keyPrefix()).commandTimeout(redis.timeout()).build();
    }

    @Bean
    ConversationStore conversationStore(SharedRedis redis) {
        return new RedisConversationStore(redis);
    }

    /** For now the watchers of this instance only; fan-out across instances over Redis pub/sub comes next. */
    @Bean(destroyMethod = "close")
    ConversationEventBus conversationEventBus() {
        return new LocalConversationEventBus();
    }

    @Bean
    RateLimiter rateLimiter(SharedRedis redis, KefuProperties properties) {
        return RedisRateLimiter.builder().redis(redis).burst(properties.chat().rateBurst())
                .perMinute(properties.chat().ratePerMinute()).build();
    }

    @Bean
    RecentMessages recentMessages(SharedRedis redis) {
        return RedisRecentMessages.builder().redis(redis).build();
    }

    @Bean
    AgentStatusStore agentStatusStore(SharedRedis redis) {
        return new RedisAgentStatusStore(redis);
    }

    @Bean
    WaitHistory waitHistory(SharedRedis redis) {
        return new RedisWaitHistory(redis, 200);
    }

    @Bean
    CallbackStore callbackStore(SharedRedis redis) {
        return new RedisCallbackStore(redis);
    }

    /** Reports DOWN while Redis does not answer, so that a load balancer sends chats elsewhere. */
    @Bean
    HealthIndicator redisHealthIndicator(SharedRedis redis) {
        return () -> {
            try {
                redis.call(c -> c.ping());
                return Health.up().build();
            } catch (StoreException e) {
                return Health.down(e).build();
            }
        };
    }
}
